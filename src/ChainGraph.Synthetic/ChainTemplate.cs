using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>A key chain's template: its segments, the <c>FEEDS</c> links between them (a DAG) and its chain owners.</summary>
public sealed record ChainTemplate(
    string Id,
    string Name,
    ChainCategory Category,
    IReadOnlyList<SegmentTemplate> Segments,
    IReadOnlyList<SegmentLink> Links,
    IReadOnlyList<OwnerSpec> Owners)
{
    public Chain ToChain() => new(Id, Name, Category);
}
