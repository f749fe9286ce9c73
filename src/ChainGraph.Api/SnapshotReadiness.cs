namespace ChainGraph.Api;

/// <summary>
/// Requests that answer from the analysis (GraphQL, pages, briefings) wait, without holding a thread, until the first
/// snapshot is loaded (<see cref="SnapshotHolder.ReadyAsync"/>); afterwards they pass at once, at the cost of one
/// volatile read. <c>/health</c> and <c>/metrics</c> answer while the service warms up.
/// </summary>
public static class SnapshotReadiness
{
    public static IApplicationBuilder UseSnapshotReady(this IApplicationBuilder app)
    {
        var snapshots = app.ApplicationServices.GetRequiredService<SnapshotHolder>();
        return app.Use(next => http => snapshots.IsLoaded || AnswersWhileWarming(http.Request.Path)
            ? next(http)
            : WaitThenAsync(snapshots, next, http));
    }

    private static bool AnswersWhileWarming(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);

    private static async Task WaitThenAsync(SnapshotHolder snapshots, RequestDelegate next, HttpContext http)
    {
        await snapshots.ReadyAsync(http.RequestAborted);
        await next(http);
    }
}
