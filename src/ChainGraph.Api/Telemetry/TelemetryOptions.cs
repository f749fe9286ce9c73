namespace ChainGraph.Api.Telemetry;

/// <summary><c>ChainGraph:Telemetry</c>: where traces and metrics go besides <c>/metrics</c>. Read at start.</summary>
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
}
