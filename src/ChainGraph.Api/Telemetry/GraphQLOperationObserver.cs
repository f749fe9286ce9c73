using ChainGraph.GraphQL.AspNetCore;

namespace ChainGraph.Api.Telemetry;

/// <summary>
/// Times each GraphQL request at the HTTP layer and records it in <see cref="ChainGraphMetrics"/> by operation name and
/// outcome (<c>ok</c>, <c>errors</c>: a 200 with field errors, <c>rejected</c>: a 4xx, <c>failed</c>: a 5xx), and
/// counts operations refused by the query limits (<c>*_LIMIT</c> codes, <c>TIMEOUT</c>) and FORBIDDEN fields.
/// </summary>
internal static class GraphQLOperationObserver
{
    public static async Task ObserveAsync(HttpContext http, RequestDelegate handle)
    {
        var metrics = http.RequestServices.GetService<ChainGraphMetrics>();
        if (metrics is null)
        {
            await handle(http).ConfigureAwait(false);
            return;
        }
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        var feature = new GraphQLOperationFeature();
        http.Features.Set(feature);
        var started = time.GetTimestamp();
        await handle(http).ConfigureAwait(false);
        if (!feature.IsOperation) return;
        metrics.GraphQLOperation(feature.OperationName, Outcome(http.Response.StatusCode, feature.ErrorCodes),
            time.GetElapsedTime(started));
        if (feature.ErrorCodes.Any(IsLimit)) metrics.Rejected(RejectionReason.QueryLimit);
        else if (http.Response.StatusCode == StatusCodes.Status200OK && feature.ErrorCodes.Contains("FORBIDDEN"))
            metrics.Rejected(RejectionReason.Authorization);
    }

    private static string Outcome(int status, IReadOnlyList<string> errors) => status switch
    {
        >= 500 => "failed",
        >= 400 => "rejected",
        _ => errors.Count > 0 ? "errors" : "ok",
    };

    private static bool IsLimit(string code) => code.EndsWith("_LIMIT", StringComparison.Ordinal) || code == "TIMEOUT";
}
