namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// The full ranked candidate lists of one checklist item, best first (the item itself carries the top N of each):
/// substitutes for a chokepoint, foreign chokepoint or sole source; attraction targets (never local) and local firms
/// that could expand for a missing or weak link.
/// </summary>
public sealed record ItemCandidates(IReadOnlyList<Candidate> Substitutes, IReadOnlyList<Candidate> AttractionTargets,
    IReadOnlyList<Candidate> LocalExpansion)
{
    public static ItemCandidates None { get; } = new([], [], []);

    /// <summary>The firm that would undertake the item's instrument: the first substitute, else local expander, else target.</summary>
    public Candidate? Undertaking(ChecklistItemType type) => type is ChecklistItemType.Missing
        ? AttractionTargets.FirstOrDefault() ?? LocalExpansion.FirstOrDefault()
        : Substitutes.FirstOrDefault() ?? LocalExpansion.FirstOrDefault() ?? AttractionTargets.FirstOrDefault();

    public ItemCandidates Take(int count) =>
        new([.. Substitutes.Take(count)], [.. AttractionTargets.Take(count)], [.. LocalExpansion.Take(count)]);
}
