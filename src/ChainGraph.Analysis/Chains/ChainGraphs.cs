using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Supply graphs of one chain: every enterprise is a node (node id = enterprise index), edges only from the chain's supplies.
/// </summary>
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
    public static SupplyGraph WithSegmentSources(ChainIndex index, string chainId, IReadOnlyList<int> segments,
        Func<int, bool>? live = null)
    {
        live ??= _ => true;
        var supplies = index.Dataset.Supplies;
        var enterprises = index.Dataset.Enterprises.Count;
        var (sources, targets) = (new List<int>(), new List<int>());
        foreach (var segment in index.OrderedSegments[chainId])
        {
            foreach (var r in index.Supplies(segment))
            {
                if (!live(supplies.Supplier[r]) || !live(supplies.Customer[r])) continue;
                sources.Add(supplies.Supplier[r]);
                targets.Add(supplies.Customer[r]);
            }
        }
        for (var k = 0; k < segments.Count; k++)
        {
            foreach (var r in index.Supplies(segments[k]))
            {
                if (!live(supplies.Supplier[r])) continue;
                sources.Add(enterprises + k);
                targets.Add(supplies.Supplier[r]);
            }
        }
        // Integer edges straight into the CSR arrays: no per-enterprise dictionary (1M string keys per chain at scale).
        var ids = new AppendedIds(index.EnterpriseIds, [.. segments.Select(s => "segment:" + index.Segment(s).Id)]);
        return GraphBuilder.FromEdges(ids, CollectionsMarshal.AsSpan(sources), CollectionsMarshal.AsSpan(targets));
    }
}
