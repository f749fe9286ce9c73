using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Chains;

/// <summary>Supply graphs of one chain: every enterprise is a node (node id = enterprise index), edges only from the chain's supplies.</summary>
public static class ChainGraphs
{
    public static SupplyGraph Of(ChainIndex index, string chainId)
    {
        var segmentChain = index.SegmentChain;
        var supplies = index.Dataset.Supplies;
        return GraphBuilder.FromDataset(index.Dataset, row => segmentChain[supplies.Segment[row]] == chainId);
    }

    /// <summary>
    /// The chain's graph plus one virtual node per segment in <paramref name="segments"/> (node id
    /// <c>enterprises + i</c>) with an edge to each of the segment's suppliers. In the reversed graph from an owner,
    /// the virtual node's immediate dominator is the deepest firm on every path from the segment, and a vertex cut
    /// from it may include the segment's own suppliers (which a cut between the suppliers themselves could not).
    /// Only relations between firms <paramref name="live"/> accepts are drawn (all when null): a closed supplier's supply
    /// is already lost.
    /// </summary>
    public static SupplyGraph WithSegmentSources(ChainIndex index, string chainId, IReadOnlyList<int> segments, Func<int, bool>? live = null)
    {
        live ??= _ => true;
        var builder = new GraphBuilder();
        foreach (var e in index.Dataset.Enterprises) builder.AddNode(e.Id);
        var supplies = index.Dataset.Supplies;
        foreach (var segment in index.OrderedSegments[chainId])
        {
            foreach (var r in index.Supplies(segment))
            {
                if (live(supplies.Supplier[r]) && live(supplies.Customer[r])) builder.AddEdge(supplies.Supplier[r], supplies.Customer[r]);
            }
        }
        foreach (var segment in segments)
        {
            var source = builder.AddNode("segment:" + index.Segment(segment).Id);
            foreach (var r in index.Supplies(segment))
            {
                if (live(supplies.Supplier[r])) builder.AddEdge(source, supplies.Supplier[r]);
            }
        }
        return builder.Build();
    }
}
