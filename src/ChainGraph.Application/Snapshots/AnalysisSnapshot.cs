using System.Collections.Concurrent;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Figures;
using ChainGraph.Analysis.Owners;
using ChainGraph.Analysis.Pipeline;
using ChainGraph.Analysis.Projects;
using ChainGraph.Domain;

namespace ChainGraph.Application.Snapshots;

/// <summary>
/// One immutable dataset with its analyses. Lookups and analyses are built on first use and cached for the snapshot's
/// life (one data version), so a request never waits on the store and repeated questions cost nothing. The hosts ask
/// for analyses by name; only this layer decides what is cached. A request's cancellation token reaches the analysis
/// it starts; a cancelled computation is not kept, and requests that were waiting for it compute it again. Thread-safe.
/// </summary>
public sealed class AnalysisSnapshot
{
    private readonly ConcurrentDictionary<string, object> _cache = new();
    private readonly Dictionary<string, int> _segmentIndex;
    private readonly Lazy<(int Segment, SegmentRole Role)[][]> _memberships;
    private readonly Lazy<ILookup<string, DisruptionEvent>> _events;
    private readonly Lazy<SupplyIndex> _supplies;
    private readonly ISnapshotMetrics? _metrics;
    private int _boundedEntries;
    private long _checkedAtTicks;

    private AnalysisSnapshot(Dataset dataset, string store, DateTimeOffset loadedAt, ISnapshotMetrics? metrics, AnalysisSettings? settings)
    {
        _metrics = metrics;
        Dataset = dataset;
        Analyzer = new ChainAnalyzer(dataset, settings);
        Info = SnapshotInfo.Of(dataset, store, loadedAt);
        _checkedAtTicks = loadedAt.UtcTicks;
        _segmentIndex = dataset.Segments.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _memberships = new(BuildMemberships);
        _events = new(() => dataset.Events.OrderByDescending(e => e.Date).ToLookup(e => e.EnterpriseId));
        _supplies = new(() => new SupplyIndex(dataset));
    }

    /// <summary>The data this snapshot answers from.</summary>
    public Dataset Dataset { get; }

    /// <summary>The analyzer over <see cref="Dataset"/> with the bureau's settings.</summary>
    public ChainAnalyzer Analyzer { get; }

    /// <summary>Counts, store and load time.</summary>
    public SnapshotInfo Info { get; }

    /// <summary>The store's data version this snapshot was loaded at.</summary>
    public long Version => Dataset.Version;

    /// <summary>Supply rows grouped by customer and by supplier.</summary>
    public SupplyIndex Supplies => _supplies.Value;

    /// <summary>
    /// True for the one caller that may compare the store's version with this snapshot's now: at most one per
    /// <paramref name="interval"/>, however many threads ask at once.
    /// </summary>
    internal bool TryClaimVersionCheck(DateTimeOffset now, TimeSpan interval)
    {
        var last = Interlocked.Read(ref _checkedAtTicks);
        if (now.UtcTicks - last < interval.Ticks) return false;
        return Interlocked.CompareExchange(ref _checkedAtTicks, now.UtcTicks, last) == last;
    }

    /// <summary>
    /// A snapshot of <paramref name="dataset"/>; <paramref name="metrics"/>, if given, counts its cache hits and misses;
    /// <paramref name="settings"/> are the bureau's rules (default baselines when null).
    /// </summary>
    public static AnalysisSnapshot Create(Dataset dataset, string store, DateTimeOffset loadedAt, ISnapshotMetrics? metrics = null,
        AnalysisSettings? settings = null) =>
        new(dataset, store, loadedAt, metrics, settings);

    /// <summary>The position of segment <paramref name="id"/> in <see cref="Dataset"/>, when it exists.</summary>
    public bool TryGetSegment(string id, out int index) => _segmentIndex.TryGetValue(id, out index);

    /// <summary>The segments <paramref name="enterprise"/> belongs to, with its role in each.</summary>
    public IReadOnlyList<(int Segment, SegmentRole Role)> Memberships(int enterprise) => _memberships.Value[enterprise];

    /// <summary>The enterprise's disruption events, latest first.</summary>
    public IEnumerable<DisruptionEvent> Events(string enterpriseId) => _events.Value[enterpriseId];

    public ChainMap Map(string chainId) => Cached($"map:{chainId}", () => Analyzer.Map(chainId));

    public IReadOnlyList<LinkFinding> Links(string chainId) => Cached($"links:{chainId}", () => Analyzer.Links(chainId));

    public IReadOnlyList<Chokepoint> Chokepoints(string chainId, CancellationToken cancellationToken = default) =>
        Cached($"chokepoints:{chainId}", token => Analyzer.Chokepoints(chainId, token), cancellationToken);

    /// <summary>Every member of the chain by betweenness, with PageRank (brokers, chain resilience), computed once.</summary>
    public IReadOnlyList<RankedEnterprise> Rankings(string chainId, CancellationToken cancellationToken = default) =>
        Cached($"rankings:{chainId}", token => ChainRankings.Top(Analyzer.Index, chainId, int.MaxValue, token), cancellationToken);

    /// <summary>
    /// The whole checklist (all chains), exactly <see cref="ChainAnalyzer.Checklist(IEnumerable{string}?, CancellationToken)"/>
    /// (the CLI's), computed once.
    /// </summary>
    public IReadOnlyList<ChecklistItem> Checklist(CancellationToken cancellationToken = default) =>
        Cached("checklist", token => Analyzer.Checklist(cancellationToken: token), cancellationToken);

    /// <summary>The checklist's items by id.</summary>
    public IReadOnlyDictionary<string, ChecklistItem> ChecklistById(CancellationToken cancellationToken = default) =>
        Cached("checklist-by-id", token => Checklist(token).ToDictionary(i => i.Id), cancellationToken);

    /// <summary>An item's full candidate lists, computed once per item.</summary>
    public ItemCandidates Candidates(ChecklistItem item, CancellationToken cancellationToken = default) =>
        Cached($"candidates:{item.Id}", token => Analyzer.Candidates(item, [.. Checklist(token).Where(i => i.ChainId == item.ChainId)]),
        cancellationToken);

    /// <summary>The supply records to verify (核实供应记录) of one chain, or of all when <paramref name="chainId"/> is null.</summary>
    public IReadOnlyList<SupplyRecordToVerify> SupplyRecordsToVerify(string? chainId) =>
        Cached($"verify:{chainId}", () => Analyzer.SupplyRecordsToVerify(chainId is null ? null : [chainId]));

    /// <summary>The supply rows of the chain's segments, in segment order.</summary>
    public IReadOnlyList<int> ChainSupplies(string chainId) =>
        Cached($"chain-supplies:{chainId}", () => Analyzer.Index.OrderedSegments[chainId].SelectMany(Analyzer.Index.Supplies).ToArray());

    /// <summary>The project book (攻关项目清单).</summary>
    public ProjectBook Projects() => Cached("projects", () => new ProjectBook(Dataset.Projects));

    /// <summary>The enterprise evaluation and its guidance classes.</summary>
    public EvaluationReport Evaluation() => Cached("evaluation", () => EnterpriseEvaluator.Evaluate(Dataset));

    /// <summary>Chain-owner candidates of every chain.</summary>
    public OwnerReport Owners() => Cached("owners", () => ChainOwnerIdentifier.Identify(Analyzer.Index));

    /// <summary>
    /// The cultivation pipeline over the snapshot's checklist. The snapshot holds one year's output only, so no
    /// first-time crossing is reported (the CLI takes last year's file).
    /// </summary>
    public PipelineReport Pipeline(CancellationToken cancellationToken = default) =>
        Cached("pipeline", token => PipelineBuilder.Build(Analyzer, Checklist(token), cancellationToken: token), cancellationToken);

    /// <summary>The pipeline's entries for one chain (all when null) and rung (all when null), computed once per pair.</summary>
    public IReadOnlyList<PipelineEntry> PipelineEntries(string? chainId, PipelineRung? rung,
        CancellationToken cancellationToken = default) =>
        Cached($"pipeline:{chainId}:{rung}", token => Pipeline(token).Select(chainId, rung).ToList(), cancellationToken);

    /// <summary>Quarterly figures per chain; cached unless compared with <paramref name="previous"/> items.</summary>
    public IReadOnlyList<AreaFigures> ChainFigures(IReadOnlyList<PreviousItem>? previous = null,
        CancellationToken cancellationToken = default) =>
        previous is null
            ? Cached("figures:chains", token => FiguresBuilder.Chains(Analyzer, Checklist(token), Evaluation()), cancellationToken)
            : FiguresBuilder.Chains(Analyzer, Checklist(cancellationToken), Evaluation(), previous);

    /// <summary>Quarterly figures per district; cached unless compared with <paramref name="previous"/> items.</summary>
    public IReadOnlyList<AreaFigures> DistrictFigures(IReadOnlyList<PreviousItem>? previous = null,
        CancellationToken cancellationToken = default) =>
        previous is null
            ? Cached("figures:districts", token => FiguresBuilder.Districts(Analyzer, Checklist(token), Evaluation()), cancellationToken)
            : FiguresBuilder.Districts(Analyzer, Checklist(cancellationToken), Evaluation(), previous);

    /// <summary>
    /// A host's result keyed by user input (filters): kept like the analyses until <paramref name="limit"/> such entries
    /// exist, then computed and not kept, so varied requests cannot grow the cache without bound.
    /// </summary>
    public T CachedBounded<T>(string key, Func<T> compute, int limit = 256) where T : class
    {
        var bounded = "bounded:" + key;
        if (_cache.ContainsKey(bounded) || Interlocked.Increment(ref _boundedEntries) <= limit) return Cached(bounded, compute);
        return compute();
    }

    /// <summary>A value computed once per snapshot under <paramref name="key"/>.</summary>
    internal T Cached<T>(string key, Func<T> compute) where T : class => Cached(key, _ => compute(), CancellationToken.None);

    /// <summary>
    /// A value computed once per snapshot under <paramref name="key"/>, by the first caller with its
    /// <paramref name="cancellationToken"/>. When that computation is cancelled its entry is dropped: the caller whose
    /// token fired gets the cancellation, the others waiting on it start it again with their own.
    /// </summary>
    internal T Cached<T>(string key, Func<CancellationToken, T> compute, CancellationToken cancellationToken) where T : class
    {
        while (true)
        {
            var created = false;
            var entry = (Lazy<T>)_cache.GetOrAdd(key, _ =>
            {
                created = true;
                return new Lazy<T>(() => compute(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            });
            _metrics?.CacheLookup("analysis", hit: !created);
            try
            {
                return entry.Value;
            }
            catch (OperationCanceledException)
            {
                _cache.TryRemove(new KeyValuePair<string, object>(key, entry));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
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
