using System.Diagnostics.Metrics;

namespace ChainGraph.Api.Telemetry;

/// <summary>
/// The service's own instruments, on the meter <see cref="MeterName"/> (exported with ASP.NET Core's and the runtime's
/// by OpenTelemetry: OTLP and <c>/metrics</c>). Names follow OpenTelemetry's conventions (seconds, dotted names); the
/// Prometheus text turns them into e.g. <c>chaingraph_graphql_operation_duration_seconds</c>. Thread-safe; singleton.
/// </summary>
public sealed class ChainGraphMetrics : ISnapshotMetrics
{
    public const string MeterName = "ChainGraph";

    // Seconds, from a cached field (~1 ms) to a cold whole-graph analysis or a PDF (~10 s); the SDK's default buckets are for milliseconds.
    private static readonly InstrumentAdvice<double> Seconds =
        new() { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] };

    // Operation names come from clients: past this many distinct names, new ones are counted as "other".
    private const int MaxOperationNames = 200;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _operationNames = new();
    private readonly TimeProvider _time;
    private readonly Histogram<double> _snapshotLoad;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _importRows;
    private readonly Histogram<double> _importRate;
    private readonly Histogram<double> _graphQL;
    private readonly Counter<long> _rejected;
    private long _snapshotLoadedAtTicks;
    private long _snapshotVersion = -1;

    public ChainGraphMetrics(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        var meter = meters.Create(MeterName);
        _snapshotLoad = meter.CreateHistogram("chaingraph.snapshot.load.duration", "s",
            "Time to load a snapshot from the store and build its graph", advice: Seconds);
        meter.CreateObservableGauge("chaingraph.snapshot.age", SnapshotAge, "s", "Time since the current snapshot was loaded");
        meter.CreateObservableGauge("chaingraph.snapshot.version", () => Interlocked.Read(ref _snapshotVersion),
            description: "The data version the service answers from");
        _cacheLookups = meter.CreateCounter<long>("chaingraph.cache.lookups", "{lookup}",
            "Analysis and briefing cache lookups, by cache and result (hit or miss)");
        _importRows = meter.CreateCounter<long>("chaingraph.import.rows", "{row}", "Rows read by imports through the API");
        _importRate = meter.CreateHistogram<double>("chaingraph.import.rate", "{row}/s", "Rows per second of each import through the API");
        _graphQL = meter.CreateHistogram("chaingraph.graphql.operation.duration", "s",
            "GraphQL requests over HTTP, by operation name and outcome", advice: Seconds);
        _rejected = meter.CreateCounter<long>("chaingraph.requests.rejected", "{request}", "Requests refused, by reason");
    }

    /// <summary>A snapshot of <paramref name="version"/> was loaded in <paramref name="duration"/>.</summary>
    public void SnapshotLoaded(long version, TimeSpan duration)
    {
        _snapshotLoad.Record(duration.TotalSeconds);
        Interlocked.Exchange(ref _snapshotLoadedAtTicks, _time.GetUtcNow().UtcTicks);
        Interlocked.Exchange(ref _snapshotVersion, version);
    }

    /// <summary>A lookup in <paramref name="cache"/> (<c>analysis</c>, <c>briefing_pdf</c>) found its value or had to compute it.</summary>
    public void CacheLookup(string cache, bool hit) =>
        _cacheLookups.Add(1, new("cache", cache), new("result", hit ? "hit" : "miss"));

    /// <summary>An import read <paramref name="rows"/> rows in <paramref name="duration"/>.</summary>
    public void Imported(long rows, TimeSpan duration, bool committed)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", committed ? "committed" : "rejected");
        _importRows.Add(rows, outcome);
        if (duration > TimeSpan.Zero) _importRate.Record(rows / duration.TotalSeconds, outcome);
    }

    /// <summary>A GraphQL request finished: its operation's name (<c>anonymous</c> without one) and outcome.</summary>
    public void GraphQLOperation(string? name, string outcome, TimeSpan duration) =>
        _graphQL.Record(duration.TotalSeconds, new("graphql.operation.name", Bounded(name)), new("outcome", outcome));

    /// <summary>A request was refused for <paramref name="reason"/>.</summary>
    public void Rejected(RejectionReason reason) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", Tag(reason)));

    private static string Tag(RejectionReason reason) => reason switch
    {
        RejectionReason.RateLimit => "rate_limit",
        RejectionReason.Authentication => "authentication",
        RejectionReason.Authorization => "authorization",
        RejectionReason.BodySize => "body_size",
        RejectionReason.QueryLimit => "query_limit",
        _ => "printer_busy",
    };

    private string Bounded(string? name)
    {
        if (name is null) return "anonymous";
        if (_operationNames.ContainsKey(name)) return name;
        if (_operationNames.Count >= MaxOperationNames) return "other";
        _operationNames.TryAdd(name, 0);
        return name;
    }

    private IEnumerable<Measurement<double>> SnapshotAge()
    {
        var loaded = Interlocked.Read(ref _snapshotLoadedAtTicks);
        if (loaded == 0) yield break;
        yield return new Measurement<double>((_time.GetUtcNow().UtcTicks - loaded) / (double)TimeSpan.TicksPerSecond);
    }
}
