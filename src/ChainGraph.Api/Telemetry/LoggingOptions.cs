namespace ChainGraph.Api.Telemetry;

/// <summary>
/// <c>ChainGraph:Logging</c>: the console log's shape. Bound once while the service is composed (it decides which
/// console formatter is registered).
/// </summary>
public sealed class LoggingOptions
{
    public const string Section = "ChainGraph:Logging";

    /// <summary>
    /// One JSON object per line (timestamp in UTC, level, category, event id, message, the message's fields and the
    /// request's scope: request id, trace id, path) instead of text. Default false. The standard
    /// <c>Logging:Console:FormatterName=json</c> does the same without the UTC timestamps and scopes.
    /// </summary>
    public bool Json { get; set; }

    /// <summary>The section bound from <paramref name="configuration"/>.</summary>
    public static LoggingOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<LoggingOptions>() ?? new LoggingOptions();
}
