using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ChainGraph.Api.Security;

/// <summary>
/// The global rate limiter: one token bucket per API key, or per client network (an IPv4 address, an IPv6 /64) for
/// the anonymous viewer and for requests whose key failed. It runs after authentication and before authorization, so
/// floods of bad keys are limited too. Rejections are 429 with <c>Retry-After</c> (whole seconds) and a GraphQL-shaped
/// <c>RATE_LIMITED</c> error. Endpoints may opt out with <c>DisableRateLimiting()</c>.
/// </summary>
public static class CallerRateLimiting
{
    public static void Configure(RateLimiterOptions options, RateLimitOptions limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = OnRejectedAsync;
        if (!limits.Enabled) return;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.BucketSize,
            TokensPerPeriod = limits.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetTokenBucketLimiter(PartitionOf(context), _ => bucket));
    }

    /// <summary><c>key:&lt;id&gt;</c> for a caller with a key; <c>ip:&lt;network&gt;</c> otherwise.</summary>
    public static string PartitionOf(HttpContext context) =>
        context.GetCaller() is { IsAnonymous: false } caller
            ? "key:" + caller.KeyId
            : "ip:" + NetworkOf(context.Connection.RemoteIpAddress);

    // One IPv6 client usually holds a whole /64; limiting single addresses would let it rotate through 2^64 buckets.
    private static string NetworkOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        SecurityLog.For(context.RequestServices).RateLimited(PartitionOf(context), context.Request.Path, seconds);
        var message = $"rate limit exceeded for this key; retry after {seconds} s";
        return new ValueTask(ErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, message,
            SecurityErrorCodes.RateLimited));
    }
}
