using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Minimum vertex cut between two node sets: max-flow (Dinic) on the split graph, where every other node v becomes
/// v_in → v_out with capacity 1 and every edge u → v becomes u_out → v_in with unbounded capacity. Sources and
/// sinks cannot be cut. Only nodes on some source-to-sink path enter the flow network, so one query costs a
/// search over the graph plus flow work on the part between the two sets.
/// </summary>
public static class MinimumVertexCut
{
    /// <summary>
    /// Finds a minimum set of nodes whose removal leaves no path from <paramref name="sources"/> to <paramref name="sinks"/>.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="sources">Start set (uncuttable).</param>
    /// <param name="sinks">End set (uncuttable).</param>
    /// <param name="direction">How paths follow edges.</param>
    /// <param name="sizeLimit">Stop as soon as the cut is known to be larger than this (chokepoint searches need only sizes 1–2).</param>
    /// <param name="cancellationToken">Cancels between flow phases.</param>
    public static VertexCut Find(
        SupplyGraph graph,
        IEnumerable<int> sources,
        IEnumerable<int> sinks,
        EdgeDirection direction = EdgeDirection.Forward,
        int sizeLimit = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(sizeLimit);
        var roles = AssignRoles(graph.NodeCount, sources, sinks);
        if (roles is null) return new VertexCut(VertexCutOutcome.Unbounded, 0, []);
        var region = CutRegion.Between(graph, direction, roles, cancellationToken);
        if (region is null) return new VertexCut(VertexCutOutcome.Unbounded, 0, []);
        var network = region.ToFlowNetwork();
        var limit = sizeLimit == int.MaxValue ? int.MaxValue : sizeLimit + 1;
        var flow = network.MaxFlow(region.SuperSource, region.SuperSink, limit, cancellationToken);
        if (flow > sizeLimit) return new VertexCut(VertexCutOutcome.ExceedsLimit, flow, []);
        var cut = region.CutFrom(network.ResidualReachable(region.SuperSource));
        return new VertexCut(VertexCutOutcome.Found, flow, ImmutableCollectionsMarshal.AsImmutableArray(cut));
    }

    // Role per node: 0 inner, 1 source, 2 sink; null when a node is in both sets.
    private static byte[]? AssignRoles(int nodeCount, IEnumerable<int> sources, IEnumerable<int> sinks)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(sinks);
        var roles = new byte[nodeCount];
        foreach (var s in sources)
        {
            if ((uint)s >= (uint)nodeCount) throw new ArgumentOutOfRangeException(nameof(sources), $"Node {s} is not in the graph.");
            roles[s] = CutRegion.SourceRole;
        }
        foreach (var t in sinks)
        {
            if ((uint)t >= (uint)nodeCount) throw new ArgumentOutOfRangeException(nameof(sinks), $"Node {t} is not in the graph.");
            if (roles[t] == CutRegion.SourceRole) return null;
            roles[t] = CutRegion.SinkRole;
        }
        return roles;
    }
}
