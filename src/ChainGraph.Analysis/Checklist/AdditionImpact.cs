using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// What attracting a firm into the city (or a local firm expanding into a segment) would do (<see cref="AdditionSimulator"/>):
/// each touched checklist item's outcome, and the local supply share and overseas exposure of each touched segment and
/// of its chain, before and after.
/// </summary>
public sealed record AdditionImpact(string EnterpriseId, string Name, Location From, string District, string? SegmentId,
    IReadOnlyList<ItemOutcome> Items, IReadOnlyList<ShareChange> Segments, IReadOnlyList<ShareChange> Chains)
{
    /// <summary>Items resolved or improved.</summary>
    public int Helped => Items.Count(i => i.Outcome is AdditionOutcome.Resolved or AdditionOutcome.Improved);
}

/// <summary>One checklist item after the addition: resolved, improved (missing → weak, or severity down by 0.05 or more),
/// gains a local substitute (a chokepoint: the dependency stays until the owner buys from it), or unchanged.</summary>
public sealed record ItemOutcome(string ItemId, string Title, ChecklistItemType Type, AdditionOutcome Outcome, double SeverityBefore,
    double? SeverityAfter, ChecklistItemType? TypeAfter, Localized Text);

public enum AdditionOutcome
{
    Resolved,
    Improved,
    LocalSubstitute,
    Unchanged,
}

/// <summary>
/// A segment's (or a chain's) local supply share (本地配套率: what the city's firms buy of it from local firms) and its
/// overseas share, before and after, with the local demand they are shares of (万元).
/// </summary>
public sealed record ShareChange(string Id, string Name, double Demand, double LocalBefore, double LocalAfter, double OverseasBefore,
    double OverseasAfter);
