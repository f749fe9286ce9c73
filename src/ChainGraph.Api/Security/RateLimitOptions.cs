namespace ChainGraph.Api.Security;

/// <summary>
/// <c>ChainGraph:RateLimit</c>: a token bucket per API key (per client address for requests without a valid key).
/// Read at start-up.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "ChainGraph:RateLimit";

    /// <summary>Sustained requests per second per key, refilled once a second; 0 or less turns rate limiting off. Default 50.</summary>
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>
    /// Most requests a key may make at once after being idle (the bucket's size); at least <see cref="PermitsPerSecond"/>. Default 100.
    /// </summary>
    public int Burst { get; set; } = 100;

    public bool Enabled => PermitsPerSecond > 0;

    /// <summary>The bucket size actually used: never below one second's worth of permits.</summary>
    public int BucketSize => Math.Max(Burst, PermitsPerSecond);
}
