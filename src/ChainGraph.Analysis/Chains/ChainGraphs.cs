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
        var suppliers = segments.Select(s => LiveSuppliers(index, s, live)).ToList();
        var (sources, targets, count) = SegmentSourceEdges(index, chainId, suppliers, live);
        // Integer edges straight into the CSR arrays: no per-enterprise dictionary (1M string keys per chain at scale).
        var ids = new IdView(index.Dataset.Enterprises.Count + segments.Count, NodeId(index, segments));
        return GraphBuilder.FromEdges(ids, sources.AsSpan(0, count), targets.AsSpan(0, count));
    }

    /// <summary>
    /// <see cref="WithSegmentSources"/> over only the firms the chain's live relations touch: its arrays are sized by the
    /// chain, not by every enterprise of the dataset. <paramref name="suppliers"/>[i] are the
    /// <see cref="LiveSuppliers"/> of <paramref name="segments"/>[i].
    /// </summary>
    internal static CompactChainGraph CompactWithSegmentSources(ChainIndex index, string chainId, IReadOnlyList<int> segments,
        IReadOnlyList<List<int>> suppliers, Func<int, bool> live)
    {
        var (sources, targets, count) = SegmentSourceEdges(index, chainId, suppliers, live);
        return CompactChainGraph.Build(index.Dataset.Enterprises.Count + segments.Count, sources, targets, count,
            NodeId(index, segments));
    }

    // A node's id: an enterprise's own below the enterprise count, then "segment:ID" for each virtual segment node.
    private static Func<int, string> NodeId(ChainIndex index, IReadOnlyList<int> segments)
    {
        var enterprises = index.Dataset.Enterprises.Count;
        return v => v < enterprises ? index.EnterpriseIds[v] : SegmentNodeId(index, segments[v - enterprises]);
    }

    /// <summary>
    /// The distinct suppliers of <paramref name="segment"/> that <paramref name="live"/> accepts, in the order of its supplies.
    /// </summary>
    internal static List<int> LiveSuppliers(ChainIndex index, int segment, Func<int, bool> live)
    {
        var supplies = index.Dataset.Supplies;
        var (seen, found) = (new HashSet<int>(), new List<int>());
        foreach (var r in index.Supplies(segment))
        {
            var supplier = supplies.Supplier[r];
            if (live(supplier) && seen.Add(supplier)) found.Add(supplier);
        }
        return found;
    }

    private static string SegmentNodeId(ChainIndex index, int segment) => "segment:" + index.Segment(segment).Id;

    // The chain's relations between live firms, then one edge from each key segment's virtual node to each of its live
    // suppliers (once each: a segment's rows repeat a supplier for every customer); arrays sized up front (growing lists
    // cost more than the copying they save).
    private static (int[] Sources, int[] Targets, int Count) SegmentSourceEdges(ChainIndex index, string chainId,
        IReadOnlyList<List<int>> suppliers, Func<int, bool> live)
    {
        var supplies = index.Dataset.Supplies;
        var enterprises = index.Dataset.Enterprises.Count;
        var rows = index.OrderedSegments[chainId].Sum(s => index.Supplies(s).Count) + suppliers.Sum(s => s.Count);
        var (sources, targets, count) = (new int[rows], new int[rows], 0);
        foreach (var segment in index.OrderedSegments[chainId])
        {
            foreach (var r in index.Supplies(segment))
            {
                if (!live(supplies.Supplier[r]) || !live(supplies.Customer[r])) continue;
                (sources[count], targets[count++]) = (supplies.Supplier[r], supplies.Customer[r]);
            }
        }
        for (var k = 0; k < suppliers.Count; k++)
        {
            foreach (var supplier in suppliers[k]) (sources[count], targets[count++]) = (enterprises + k, supplier);
        }
        return (sources, targets, count);
    }
}
