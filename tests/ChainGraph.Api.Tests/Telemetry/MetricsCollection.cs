namespace ChainGraph.Api.Tests.Telemetry;

/// <summary>
/// OpenTelemetry listens to meters by name across the whole process, and a second host's instruments of the same name
/// are dropped as duplicates: with other test hosts alive, the metrics host's values may never reach its exporter.
/// A service runs one host per process; these tests run after the parallel ones, alone, to see the same.
/// </summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
