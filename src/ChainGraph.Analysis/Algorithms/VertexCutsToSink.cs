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
        network = Split(successors, graph.Predecessors(direction), sink);
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

    // The split network laid out straight into CSR order, rows In(0), Out(0), In(1), …: In(v) holds v's own arc then the
    // partners of the arcs from its predecessors, Out(v) the partner of v's own arc then the arcs to its successors. Building
    // it through AddArc and Seal cost more than all the flow searches of an owner's segments together.
    private static FlowNetwork Split(Adjacency successors, Adjacency predecessors, int sink)
    {
        var n = successors.NodeCount;
        var offsets = new int[2 * n + 1];
        for (var v = 0; v < n; v++)
        {
            var own = v == sink ? 0 : 1;
            offsets[In(v) + 1] = offsets[In(v)] + own + predecessors.Degree(v);
            offsets[Out(v) + 1] = offsets[Out(v)] + own + successors.Degree(v);
        }
        var (head, capacity, reverse) = (new int[offsets[^1]], new int[offsets[^1]], new int[offsets[^1]]);
        for (var v = 0; v < n; v++)
        {
            var own = v == sink ? 0 : 1;
            if (own == 1) Pair(head, capacity, reverse, (In(v), offsets[In(v)]), (Out(v), offsets[Out(v)]), 1);
            var row = successors.Neighbors(v);
            for (var j = 0; j < row.Length; j++)
            {
                var w = row[j];
                var back = offsets[In(w)] + (w == sink ? 0 : 1) + predecessors.FindSlot(w, v) - predecessors.Offsets[w];
                Pair(head, capacity, reverse, (Out(v), offsets[Out(v)] + own + j), (In(w), back), FlowNetwork.Infinite);
            }
        }
        return FlowNetwork.FromArcs(offsets, head, capacity, reverse);
    }

    // The arc from.Node → to.Node in slot from.Slot with its zero-capacity partner in slot to.Slot.
    private static void Pair(int[] head, int[] capacity, int[] reverse, (int Node, int Slot) from, (int Node, int Slot) to, int arcCapacity)
    {
        (head[from.Slot], capacity[from.Slot], reverse[from.Slot]) = (to.Node, arcCapacity, to.Slot);
        (head[to.Slot], capacity[to.Slot], reverse[to.Slot]) = (from.Node, 0, from.Slot);
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
