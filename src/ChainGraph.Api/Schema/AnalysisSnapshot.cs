using System.Collections.Concurrent;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Api.Schema;

/// <summary>
/// One immutable dataset with its analyses. Lookups and analyses are built on first use and cached for the snapshot's
/// life, so a request never waits on the store and repeated questions cost nothing. Thread-safe.
/// </summary>
public sealed class AnalysisSnapshot
{
    private readonly ConcurrentDictionary<string, object> _cache = new();
    private readonly Dictionary<string, int> _segmentIndex;
    private readonly Lazy<(int Segment, SegmentRole Role)[][]> _memberships;
    private readonly Lazy<ILookup<string, DisruptionEvent>> _events;
    private readonly Lazy<SupplyIndex> _supplies;
    private readonly Telemetry.ChainGraphMetrics? _metrics;
    private int _boundedEntries;

    private AnalysisSnapshot(Dataset dataset, string store, DateTimeOffset loadedAt, Telemetry.ChainGraphMetrics? metrics, AnalysisSettings? settings)
    {
        _metrics = metrics;
        Dataset = dataset;
        Analyzer = new ChainAnalyzer(dataset, settings);
        Info = new SnapshotInfo(dataset.Version, store, dataset.Enterprises.Count, dataset.Chains.Count, dataset.Segments.Count, dataset.Supplies.Count, dataset.Events.Count, loadedAt);
        CheckedAt = loadedAt;
        _segmentIndex = dataset.Segments.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _memberships = new(BuildMemberships);
        _events = new(() => dataset.Events.OrderByDescending(e => e.Date).ToLookup(e => e.EnterpriseId));
        _supplies = new(() => new SupplyIndex(dataset));
    }

    public Dataset Dataset { get; }
    public ChainAnalyzer Analyzer { get; }
    public SnapshotInfo Info { get; }
    public long Version => Dataset.Version;
    public SupplyIndex Supplies => _supplies.Value;

    /// <summary>When the store version was last compared with this snapshot's.</summary>
    internal DateTimeOffset CheckedAt { get; set; }

    /// <summary>
    /// A snapshot of <paramref name="dataset"/>; <paramref name="metrics"/>, if given, counts its cache hits and misses;
    /// <paramref name="settings"/> are the bureau's rules (default baselines when null).
    /// </summary>
    public static AnalysisSnapshot Create(Dataset dataset, string store, DateTimeOffset loadedAt, Telemetry.ChainGraphMetrics? metrics = null,
        AnalysisSettings? settings = null) =>
        new(dataset, store, loadedAt, metrics, settings);

    public ChainView? Chain(string id) => Analyzer.Index.HasChain(id) ? new ChainView(this, Analyzer.Index.Chain(id)) : null;

    public SegmentView Segment(int index) => new(this, index);

    public SegmentView? Segment(string id) => _segmentIndex.TryGetValue(id, out var index) ? new SegmentView(this, index) : null;

    public EnterpriseView Enterprise(int index) => new(this, index);

    public EnterpriseView? Enterprise(string id) => Analyzer.Index.TryGetEnterprise(id, out var index) ? new EnterpriseView(this, index) : null;

    public IReadOnlyList<(int Segment, SegmentRole Role)> Memberships(int enterprise) => _memberships.Value[enterprise];

    public IEnumerable<DisruptionEvent> Events(string enterpriseId) => _events.Value[enterpriseId];

    public ChainMap Map(string chainId) => Cached($"map:{chainId}", () => Analyzer.Map(chainId));

    public IReadOnlyList<LinkFinding> Links(string chainId) => Cached($"links:{chainId}", () => Analyzer.Links(chainId));

    public IReadOnlyList<Chokepoint> Chokepoints(string chainId) => Cached($"chokepoints:{chainId}", () => Analyzer.Chokepoints(chainId));

    /// <summary>Every member of the chain by betweenness, with PageRank (brokers, chain resilience), computed once.</summary>
    public IReadOnlyList<RankedEnterprise> Rankings(string chainId) => Cached($"rankings:{chainId}", () => ChainRankings.Top(Analyzer.Index, chainId, int.MaxValue));

    /// <summary>The whole checklist (all chains), computed once.</summary>
    public IReadOnlyList<ChecklistItem> Checklist() =>
        Cached("checklist", () => Analyzer.Checklist(Dataset.Chains.SelectMany(c => Links(c.Id)), Dataset.Chains.SelectMany(c => Chokepoints(c.Id))));

    /// <summary>
    /// Like <see cref="Cached{T}"/> for results keyed by user input (filters): once <paramref name="limit"/> such entries
    /// exist, new ones are computed and not kept, so varied requests cannot grow the cache without bound.
    /// </summary>
    public T CachedBounded<T>(string key, Func<T> compute, int limit = 256) where T : class
    {
        if (_cache.ContainsKey(key) || Interlocked.Increment(ref _boundedEntries) <= limit) return Cached(key, compute);
        return compute();
    }

    /// <summary>A value computed once per snapshot under <paramref name="key"/>.</summary>
    public T Cached<T>(string key, Func<T> compute) where T : class
    {
        var created = false;
        var entry = (Lazy<T>)_cache.GetOrAdd(key, _ => { created = true; return new Lazy<T>(compute, LazyThreadSafetyMode.ExecutionAndPublication); });
        _metrics?.CacheLookup("analysis", hit: !created);
        return entry.Value;
    }

    private (int, SegmentRole)[][] BuildMemberships()
    {
        var lists = new List<(int, SegmentRole)>[Dataset.Enterprises.Count];
        var index = Analyzer.Index;
        for (var s = 0; s < Dataset.Segments.Count; s++)
        {
            var members = index.Members(s);
            for (var i = 0; i < members.Count; i++) (lists[members[i]] ??= []).Add((s, index.Roles(s)[i]));
        }
        return lists.Select(l => l?.ToArray() ?? []).ToArray();
    }
}

/// <summary>What the <c>Snapshot</c> GraphQL type shows.</summary>
public sealed record SnapshotInfo(long Version, string Store, int Enterprises, int Chains, int Segments, int Supplies, int Events, DateTimeOffset LoadedAt)
{
    /// <summary>This info as <paramref name="caller"/> may see it: the store's location only for admins, its kind otherwise.</summary>
    public SnapshotInfo DisclosedTo(Security.Caller caller) => this with { Store = Security.Disclosure.StoreFor(caller, Store) };
}
