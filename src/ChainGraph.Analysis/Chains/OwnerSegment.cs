using ChainGraph.Analysis.Algorithms;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// One chokepoint question: what <see cref="UpstreamGraph.Owner"/> depends on for <see cref="Segment"/>. Node ids are
/// local to <see cref="Upstream"/>: <see cref="Source"/> is the segment's virtual source, <see cref="Suppliers"/> its live
/// suppliers with a path into the owner; <see cref="Tree"/>, <see cref="Paths"/> and <see cref="Cuts"/> (the last two built
/// when a segment first needs them) are the owner's, shared by its segments.
/// </summary>
internal sealed record OwnerSegment(string ChainId, UpstreamGraph Upstream, DominatorTree Tree, Lazy<PathFinder> Paths,
    Lazy<VertexCutsToSink> Cuts, int Segment, int Source, List<int> Suppliers);
