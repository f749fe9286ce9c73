namespace ChainGraph.Api;

/// <summary>
/// Requests that answer from the analysis (GraphQL, pages, briefings) wait, without holding a thread, until the first
/// snapshot is loaded (<see cref="SnapshotHolder.ReadyAsync"/>); afterwards they pass at once. <c>/health</c> and
/// <c>/metrics</c> answer while the service warms up.
/// </summary>
public static class SnapshotReadiness
{
    public static IApplicationBuilder UseSnapshotReady(this IApplicationBuilder app) =>
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                && !http.Request.Path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(next => async http =>
            {
                var snapshots = http.RequestServices.GetRequiredService<SnapshotHolder>();
                if (!snapshots.IsLoaded) await snapshots.ReadyAsync(http.RequestAborted);
                await next(http);
            }));
}
