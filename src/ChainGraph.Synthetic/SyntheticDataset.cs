using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>A generated dataset held in memory (the shenzhen preset); rows are in file order.</summary>
public sealed record SyntheticDataset(
    IReadOnlyList<Chain> Chains,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<SegmentLink> Links,
    IReadOnlyList<Enterprise> Enterprises,
    IReadOnlyList<EnterpriseSegment> Memberships,
    IReadOnlyList<Supply> Supplies,
    IReadOnlyList<DisruptionEvent> Events)
{
    public GenerationSummary Summary => new(Chains.Count, Segments.Count, Links.Count, Enterprises.Count, Memberships.Count, Supplies.Count, Events.Count);
}
