namespace ChainGraph.Api.Telemetry;

/// <summary>
/// Counts each refused request once, by reason, from its final status: 401 authentication, 403 authorization, 413 body
/// size, 429 rate limit (the PDF printer counts its own 429s and marks them with <see cref="Counted"/>). GraphQL's
/// refusals inside a 200 (limits, forbidden fields) are counted by the GraphQL endpoint.
/// </summary>
public sealed class RequestOutcomes(RequestDelegate next, ChainGraphMetrics metrics)
{
    /// <summary>The <c>HttpContext.Items</c> key that says the refusal was counted already.</summary>
    public const string Counted = "chaingraph.rejection-counted";

    // Counted as the response starts (its status is final then), so the count is in before the client has the answer.
    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            if (!http.Items.ContainsKey(Counted) && ReasonFor(http.Response.StatusCode) is { } reason) metrics.Rejected(reason);
            return Task.CompletedTask;
        });
        return next(http);
    }

    private static RejectionReason? ReasonFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => RejectionReason.Authentication,
        StatusCodes.Status403Forbidden => RejectionReason.Authorization,
        StatusCodes.Status413PayloadTooLarge => RejectionReason.BodySize,
        StatusCodes.Status429TooManyRequests => RejectionReason.RateLimit,
        _ => null,
    };
}
