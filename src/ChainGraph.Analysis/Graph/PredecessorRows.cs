namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Adjacency by target (customer → its suppliers), the form a search against the edges reads: built without the forward
/// rows when nothing walks forward, and turned into a <see cref="SupplyGraph"/> only when something does.
/// </summary>
internal static class PredecessorRows
{
    /// <summary>The predecessors of every node for the edges <paramref name="sources"/>[i] → <paramref name="targets"/>[i]: rows sorted,
    /// parallel edges merged, self-loops dropped, as in <see cref="SupplyGraph.In"/>.</summary>
    public static Adjacency Of(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets) =>
        CsrBuilder.BuildForward(nodeCount, targets, sources, trackOrigins: false).Adjacency;

    /// <summary>The graph whose <see cref="SupplyGraph.In"/> rows are <paramref name="predecessors"/>.</summary>
    public static SupplyGraph GraphOf(IReadOnlyList<string> nodeIds, Adjacency predecessors) =>
        new(nodeIds, Successors(predecessors), null);

    /// <summary>The forward rows of the graph whose predecessors are <paramref name="predecessors"/> (slot = edge id).</summary>
    public static Adjacency Successors(Adjacency predecessors)
    {
        var forward = CsrBuilder.BuildReverse(predecessors);
        return new Adjacency(forward.OffsetArray, forward.TargetArray, null, hasEdgeIds: true);
    }
}
