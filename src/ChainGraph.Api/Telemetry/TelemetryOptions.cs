using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Telemetry;

/// <summary>
/// <c>ChainGraph:Telemetry</c>: where traces and metrics go besides <c>/metrics</c>. Bound once while the service is
/// composed (it decides which exporters are registered) and checked then: a bad value stops the service naming its key.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "ChainGraph:Telemetry";

    /// <summary>
    /// The OTLP endpoint (e.g. <c>http://collector:4317</c>) for traces and metrics. Unset: the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable decides; with neither, nothing is exported by OTLP.
    /// </summary>
    public string? Otlp { get; set; }

    /// <summary>The <c>service.name</c> resource attribute. Default <c>chaingraph</c>.</summary>
    public string ServiceName { get; set; } = "chaingraph";

    /// <summary>The Prometheus text endpoint, for the admin role. Default <c>/metrics</c>.</summary>
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>The section bound from <paramref name="configuration"/> and checked.</summary>
    /// <exception cref="OptionsValidationException">A value is unusable; the message names its key.</exception>
    public static TelemetryOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var failures = options.Problems().ToList();
        return failures.Count == 0 ? options : throw new OptionsValidationException(Section, typeof(TelemetryOptions), failures);
    }

    private IEnumerable<string> Problems()
    {
        if (Otlp is { Length: > 0 } && !(Uri.TryCreate(Otlp, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            yield return $"{Section}:Otlp must be an absolute http or https URI (got '{Otlp}')";
        if (string.IsNullOrWhiteSpace(ServiceName)) yield return $"{Section}:ServiceName must not be empty";
        if (!MetricsPath.StartsWith('/') || MetricsPath.Length < 2)
            yield return $"{Section}:MetricsPath must be a path below the root, such as /metrics (got '{MetricsPath}')";
    }
}
