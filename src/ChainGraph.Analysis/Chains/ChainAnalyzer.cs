using ChainGraph.Analysis.Checklist;
using ChainGraph.Analysis.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// The chain analyses of one dataset snapshot behind one entry point: maps, missing and weak links,
/// chokepoints, what-if disruptions, rankings and the checklist. Build once per snapshot; safe to share
/// between threads for reading (each call allocates its own working state).
/// </summary>
public sealed class ChainAnalyzer
{
    private readonly Lazy<DisruptionSimulator> _simulator;

    public ChainAnalyzer(Dataset dataset, AnalysisSettings? settings = null)
    {
        Index = new ChainIndex(dataset);
        Settings = settings ?? AnalysisSettings.Default;
        _simulator = new(() => new DisruptionSimulator(Index));
    }

    public ChainIndex Index { get; }

    public AnalysisSettings Settings { get; }

    public ChainMap Map(string chainId) => ChainMap.Build(Index, chainId);

    public IReadOnlyList<LinkFinding> Links(string chainId) => LinkAssessment.Find(Map(chainId), Settings);

    public IReadOnlyList<Chokepoint> Chokepoints(string chainId, CancellationToken cancellationToken = default) =>
        new ChokepointFinder(Index, Settings).Find(chainId, cancellationToken);

    public DisruptionSimulator Simulator => _simulator.Value;

    /// <summary>The ranked checklist for the given chains (all chains when none are given).</summary>
    public IReadOnlyList<ChecklistItem> Checklist(IEnumerable<string>? chainIds = null, CancellationToken cancellationToken = default)
    {
        var chains = (chainIds ?? Index.Chains.Select(c => c.Id)).ToList();
        var links = chains.SelectMany(Links);
        var chokepoints = chains.SelectMany(c => Chokepoints(c, cancellationToken)).ToList();
        return new ChecklistBuilder(Index).Build(links, chokepoints);
    }
}
