using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Projects;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// The chain analyses of one dataset snapshot behind one entry point: maps, missing and weak links,
/// chokepoints, what-if disruptions, rankings, the checklist and the supply records to verify. Build once per
/// snapshot; safe to share between threads for reading (each call allocates its own working state).
/// </summary>
public sealed class ChainAnalyzer
{
    private readonly Lazy<DisruptionSimulator> _simulator;
    private readonly Lazy<double> _spendScale;
    private readonly LinkAssessment _assessment; // shared: it reads each segment's supply base once per snapshot
    private readonly CandidateCache _candidates = new(); // shared: the checklist ranks every item's candidates; targets asks again

    /// <param name="investments">
    /// Project investment (万元) by checklist item id, the base of investment-based instruments; by default the investment of
    /// the dataset's projects (<see cref="Dataset.Projects"/>).
    /// </param>
    public ChainAnalyzer(Dataset dataset, AnalysisSettings? settings = null,
        IReadOnlyDictionary<string, ProjectInvestment>? investments = null)
    {
        Settings = settings ?? AnalysisSettings.Default;
        Projects = new ProjectBook(dataset.Projects);
        Investments = investments ?? Projects.Investments();
        Index = new ChainIndex(dataset, Settings.MetroRing);
        Status = new FirmStatus(Index, Settings);
        _simulator = new(() => new DisruptionSimulator(Index));
        _assessment = new LinkAssessment(Index, Status, Settings);
        _spendScale = new(() => ChecklistBuilder.SpendScale(Index, _assessment));
    }

    public ChainIndex Index { get; }

    public AnalysisSettings Settings { get; }

    /// <summary>The 攻关项目清单: the dataset's projects by checklist item; each checklist item carries its project.</summary>
    public ProjectBook Projects { get; }

    /// <summary>Project investment (万元) by checklist item id; empty without a projects file.</summary>
    public IReadOnlyDictionary<string, ProjectInvestment> Investments { get; }

    /// <summary>Which firms are live, closed, suspended or recently closed.</summary>
    public FirmStatus Status { get; }

    public ChainMap Map(string chainId) => ChainMap.Build(Index, chainId);

    public IReadOnlyList<LinkFinding> Links(string chainId) => _assessment.Find(chainId);

    public IReadOnlyList<Chokepoint> Chokepoints(string chainId, CancellationToken cancellationToken = default) =>
        new ChokepointFinder(Index, Settings, Status).Find(chainId, cancellationToken);

    public DisruptionSimulator Simulator => _simulator.Value;

    /// <summary>The ranked checklist for the given chains (all chains when none are given).</summary>
    public IReadOnlyList<ChecklistItem> Checklist(IEnumerable<string>? chainIds = null, CancellationToken cancellationToken = default)
    {
        var chains = (chainIds ?? Index.Chains.Select(c => c.Id)).ToList();
        var links = chains.SelectMany(Links);
        return Checklist(links, Chokepoints(chains, cancellationToken).SelectMany(c => c));
    }

    /// <summary>
    /// The chokepoints of each of <paramref name="chainIds"/>, in their order. The chains are searched in parallel: each
    /// search reads the snapshot only, and at a million firms the owners of all chains take seconds one after another.
    /// </summary>
    /// <remarks>
    /// <c>Parallel.For</c> on the caller's scheduler (<see cref="CallersScheduler"/>), not PLINQ, which always runs on the
    /// thread pool: called for one chain while the service built its targets models, PLINQ held one of the pool's two
    /// threads for seconds and requests waited for a thread (bench/RESULTS.md, session 9).
    /// </remarks>
    public IReadOnlyList<IReadOnlyList<Chokepoint>> Chokepoints(IEnumerable<string> chainIds,
        CancellationToken cancellationToken = default)
    {
        var chains = chainIds.ToArray();
        var found = new IReadOnlyList<Chokepoint>[chains.Length];
        Parallel.For(0, chains.Length, CallersScheduler.Loop(cancellationToken),
            i => found[i] = Chokepoints(chains[i], cancellationToken));
        return found;
    }

    /// <summary>The ranked checklist from links and chokepoints already found (a host that caches them per chain).</summary>
    public IReadOnlyList<ChecklistItem> Checklist(IEnumerable<LinkFinding> links, IEnumerable<Chokepoint> chokepoints) =>
        [.. Builder().Build(links, chokepoints).Select(i => Projects.ForItem(i.Id) is { } project ? i with { Project = project } : i)];

    /// <summary>
    /// An item's full ranked candidate lists: substitutes, attraction targets, local expansion (the item carries the top
    /// <see cref="AnalysisSettings.CandidateCount"/>). Touches only the item's segment.
    /// </summary>
    public ItemCandidates Candidates(ChecklistItem item, IReadOnlyList<ChecklistItem>? items = null) =>
        Builder().Candidates(item, items ?? [item]);

    /// <summary>
    /// What-if for additions: <paramref name="enterpriseId"/> moves into <paramref name="district"/> (or, local already,
    /// starts serving <paramref name="segmentId"/>); which of <paramref name="items"/> resolve or improve, and how the touched
    /// segments' and chains' local supply share and overseas share change.
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown enterprise or segment.</exception>
    public AdditionImpact SimulateAddition(IReadOnlyList<ChecklistItem> items, string enterpriseId, string district,
        string? segmentId = null)
    {
        if (!Index.TryGetEnterprise(enterpriseId, out var firm)) throw new KeyNotFoundException($"unknown enterprise '{enterpriseId}'");
        int? segment = segmentId is null ? null : Index.SegmentIndex(segmentId);
        return Builder().Additions.Simulate(items, firm, district, segment);
    }

    // One builder per call (its working state is not thread-safe); the link assessment, the severity scale and the ranked
    // candidate lists are shared: the scale reads every segment of every chain, which at a million firms costs seconds.
    private ChecklistBuilder Builder() =>
        new(Index, Status, _assessment, Investments, Settings.CandidateCount, () => _spendScale.Value, _candidates);

    /// <summary>核实供应记录: supply records of the given chains (all when none) whose supplier is not live.</summary>
    public IReadOnlyList<SupplyRecordToVerify> SupplyRecordsToVerify(IEnumerable<string>? chainIds = null) =>
        new VerifyList(Index, Status).Build(chainIds ?? Index.Chains.Select(c => c.Id));
}
