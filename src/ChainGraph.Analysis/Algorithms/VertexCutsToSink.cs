using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Minimum vertex cuts from one source at a time into a fixed sink. The split flow network of the whole graph
/// (v_in → v_out with capacity 1, u_out → v_in unbounded; the sink has no v_in → v_out) is built once, and a query only
/// restores its capacities, so the many sources of one sink (a chain owner's key segments) share the build. Every answer
/// equals <see cref="MinimumVertexCut.Find"/> for that source and sink: nodes outside the source's region carry no flow,
/// and the residual search from the source marks the same (unique) minimal source-side cut. Not thread-safe.
/// </summary>
internal sealed class VertexCutsToSink
{
    private readonly Adjacency successors;
    private readonly int sink;
    private readonly FlowNetwork network;

    /// <summary>Builds the split network of <paramref name="graph"/> walked in <paramref name="direction"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sink"/> is not a node of the graph.</exception>
    public VertexCutsToSink(SupplyGraph graph, int sink, EdgeDirection direction = EdgeDirection.Forward)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if ((uint)sink >= (uint)graph.NodeCount) throw new ArgumentOutOfRangeException(nameof(sink), $"Node {sink} is not in the graph.");
        successors = graph.Adjacency(direction);
        this.sink = sink;
        network = Split(successors, sink);
    }

    /// <summary>
    /// A minimum set of nodes, neither <paramref name="source"/> nor the sink, whose removal leaves no path from the source
    /// into the sink; outcomes and <paramref name="sizeLimit"/> as for <see cref="MinimumVertexCut.Find"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a node of the graph.</exception>
    public VertexCut Find(int source, int sizeLimit = int.MaxValue, CancellationToken cancellationToken = default)
    {
        if ((uint)source >= (uint)successors.NodeCount)
            throw new ArgumentOutOfRangeException(nameof(source), $"Node {source} is not in the graph.");
        ArgumentOutOfRangeException.ThrowIfNegative(sizeLimit);
        if (source == sink || successors.FindSlot(source, sink) >= 0) return new VertexCut(VertexCutOutcome.Unbounded, 0, []);
        network.Restore();
        var limit = sizeLimit == int.MaxValue ? int.MaxValue : sizeLimit + 1;
        var flow = network.MaxFlow(Out(source), In(sink), limit, cancellationToken);
        if (flow > sizeLimit) return new VertexCut(VertexCutOutcome.ExceedsLimit, flow, []);
        var cut = CutFrom(network.ResidualReachable(Out(source)), source);
        return new VertexCut(VertexCutOutcome.Found, flow, ImmutableCollectionsMarshal.AsImmutableArray(cut));
    }

    private static int In(int node) => 2 * node;

    private static int Out(int node) => 2 * node + 1;

    private static FlowNetwork Split(Adjacency successors, int sink)
    {
        var n = successors.NodeCount;
        var network = new FlowNetwork(2 * n, n + successors.SlotCount);
        for (var v = 0; v < n; v++)
        {
            if (v != sink) network.AddArc(In(v), Out(v), 1);
            foreach (var w in successors.Neighbors(v)) network.AddArc(Out(v), In(w), FlowNetwork.Infinite);
        }
        network.Seal();
        return network;
    }

    // Nodes whose in-half the residual search reached but whose out-half it did not, ascending.
    private int[] CutFrom(bool[] reachable, int source)
    {
        var cut = new List<int>();
        for (var v = 0; v < successors.NodeCount; v++)
        {
            if (v != source && v != sink && reachable[In(v)] && !reachable[Out(v)]) cut.Add(v);
        }
        return [.. cut];
    }
}
