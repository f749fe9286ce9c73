namespace ChainGraph.Api.Security;

/// <summary>
/// The security layer's log events, under the category <see cref="Category"/>. Never logs a key's secret, only its id.
/// </summary>
internal static partial class SecurityLog
{
    public const string Category = "ChainGraph.Api.Security";

    public static ILogger For(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Rejected credentials from {RemoteAddress} (key {KeyId}): {Reason}")]
    public static partial void CredentialsRejected(this ILogger logger, string remoteAddress, string keyId, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Rate limit reached for {Partition} on {Path}; retry after {RetryAfterSeconds} s")]
    public static partial void RateLimited(this ILogger logger, string partition, string path, int retryAfterSeconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "Anonymous access is {State}: option AnonymousViewerOnLoopback={Option}, listening on {Addresses}")]
    public static partial void AnonymousAccessDecided(this ILogger logger, string state, bool option, string addresses);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information,
        Message = "Audit: {KeyName} ({KeyId}, {Role}) {Operation} {Target}: {Status}")]
    public static partial void Recorded(this ILogger logger, string keyName, string keyId, string role, string operation, string target,
        string status);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Audit entry {Id} ({Operation}) was pending at start-up: {Status}")]
    public static partial void Reconciled(this ILogger logger, long id, string operation, string status);
}
