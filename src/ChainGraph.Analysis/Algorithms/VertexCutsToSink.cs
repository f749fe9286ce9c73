using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Minimum vertex cuts from one source at a time into a fixed sink, by breadth-first augmenting paths on the split graph
/// (v_in → v_out with capacity 1, u → v unbounded) kept implicit: a node's flow is the path through it (its predecessor and
/// successor on it), so a query costs a few searches over the nodes it reaches and nothing proportional to the edges is
/// built or copied, and the many sources of one sink (a chain owner's key segments) share the arrays. Every answer equals
/// <see cref="MinimumVertexCut.Find"/> for that source and sink: both flows are maximum, and the residual search from the
/// source marks the same (unique) minimal source-side cut. Not thread-safe.
/// </summary>
internal sealed class VertexCutsToSink
{
    private readonly Adjacency successors;
    private readonly int sink;
    private readonly int[] previous;
    private readonly int[] next;
    private readonly int[] parent;
    private readonly int[] seen;
    private readonly int[] queue;
    private int stamp;

    /// <summary>Prepares cuts into <paramref name="sink"/> on <paramref name="graph"/> walked in <paramref name="direction"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sink"/> is not a node of the graph.</exception>
    public VertexCutsToSink(SupplyGraph graph, int sink, EdgeDirection direction = EdgeDirection.Forward)
        : this((graph ?? throw new ArgumentNullException(nameof(graph))).Adjacency(direction), sink)
    {
    }

    /// <summary>Prepares cuts into <paramref name="sink"/> along the rows of <paramref name="successors"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sink"/> is not a node of the graph.</exception>
    public VertexCutsToSink(Adjacency successors, int sink)
    {
        var n = successors.NodeCount;
        if ((uint)sink >= (uint)n) throw new ArgumentOutOfRangeException(nameof(sink), $"Node {sink} is not in the graph.");
        this.successors = successors;
        this.sink = sink;
        (previous, next) = (new int[n], new int[n]);
        (parent, seen, queue) = (new int[2 * n], new int[2 * n], new int[2 * n]);
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
        Array.Fill(previous, -1);
        Array.Fill(next, -1);
        var limit = sizeLimit == int.MaxValue ? int.MaxValue : sizeLimit + 1;
        var flow = 0;
        while (flow < limit)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var last = Search(source);
            if (last < 0) break;
            Augment(source, last);
            flow++;
        }
        if (flow > sizeLimit) return new VertexCut(VertexCutOutcome.ExceedsLimit, flow, []);
        return new VertexCut(VertexCutOutcome.Found, flow, ImmutableCollectionsMarshal.AsImmutableArray(CutAfterSearch(source)));
    }

    private static int In(int node) => 2 * node;

    private static int Out(int node) => 2 * node + 1;

    // Breadth-first over the residual split graph from the source's out-half; returns the out-half with an edge into the
    // sink, or -1 when none is left (then the stamped states are everything the source still reaches).
    private int Search(int source)
    {
        stamp++;
        int read = 0, write = 0;
        Visit(Out(source), -1, ref write);
        while (read < write)
        {
            var state = queue[read++];
            var v = state >> 1;
            if (state == In(v))
            {
                // A free node passes on through its own arc; a busy one only back along the edge its flow came in by.
                Visit(previous[v] < 0 ? Out(v) : Out(previous[v]), state, ref write);
                continue;
            }
            foreach (var w in successors.Neighbors(v))
            {
                if (w == sink) return state;
                if (w != source) Visit(In(w), state, ref write);
            }
            if (v != source && previous[v] >= 0) Visit(In(v), state, ref write);
        }
        return -1;
    }

    private void Visit(int state, int from, ref int write)
    {
        if (seen[state] == stamp) return;
        seen[state] = stamp;
        parent[state] = from;
        queue[write++] = state;
    }

    // Each move of the path sets what it changes, so the order of the updates does not matter: an edge taken forward
    // becomes the flow between its ends, a node's own arc taken backward frees the node; the other moves only cancel
    // links that the moves around them overwrite.
    private void Augment(int source, int last)
    {
        next[last >> 1] = sink;
        for (var state = last; state != Out(source); state = parent[state])
        {
            var (from, to) = (parent[state] >> 1, state >> 1);
            var forwardEdge = parent[state] == Out(from) && state == In(to) && from != to;
            if (forwardEdge)
            {
                if (from != source) next[from] = to;
                previous[to] = from;
            }
            else if (from == to && state == In(to))
            {
                (previous[to], next[to]) = (-1, -1);
            }
        }
    }

    // Nodes whose in-half the last (failed) search reached but whose out-half it did not, ascending.
    private int[] CutAfterSearch(int source)
    {
        var cut = new List<int>();
        for (var v = 0; v < successors.NodeCount; v++)
        {
            if (v != source && v != sink && seen[In(v)] == stamp && seen[Out(v)] != stamp) cut.Add(v);
        }
        return [.. cut];
    }
}
