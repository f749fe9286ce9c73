using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// The cuttable nodes between a source set and a sink set — those reachable from a source and reaching a sink
/// without passing through either set — numbered densely, and the split flow network over them.
/// </summary>
internal sealed class CutRegion
{
    public const byte SourceRole = 1;
    public const byte SinkRole = 2;

    private readonly Adjacency successors;
    private readonly byte[] roles;
    private readonly int[] compact;
    private readonly int[] inner;

    private CutRegion(Adjacency successors, byte[] roles, int[] compact, int[] inner)
    {
        this.successors = successors;
        this.roles = roles;
        this.compact = compact;
        this.inner = inner;
    }

    public int SuperSource => 2 * inner.Length;

    public int SuperSink => 2 * inner.Length + 1;

    /// <summary>The region between the marked sets, or null when a source has an edge straight into a sink.</summary>
    public static CutRegion? Between(SupplyGraph graph, EdgeDirection direction, byte[] roles, CancellationToken cancellationToken)
    {
        var successors = graph.Adjacency(direction);
        if (SourceTouchesSink(successors, roles)) return null;
        var forward = Reach(successors, roles, SourceRole);
        cancellationToken.ThrowIfCancellationRequested();
        var backward = Reach(graph.Predecessors(direction), roles, SinkRole);
        var compact = new int[roles.Length];
        var inner = new List<int>();
        for (var v = 0; v < roles.Length; v++)
        {
            var cuttable = roles[v] == 0 && forward[v] && backward[v];
            compact[v] = cuttable ? inner.Count : -1;
            if (cuttable) inner.Add(v);
        }
        return new CutRegion(successors, roles, compact, [.. inner]);
    }

    /// <summary>v_in = 2i, v_out = 2i + 1 for inner node i; then the super source and the super sink.</summary>
    public FlowNetwork ToFlowNetwork()
    {
        var network = new FlowNetwork(2 * inner.Length + 2);
        for (var i = 0; i < inner.Length; i++)
        {
            network.AddArc(2 * i, 2 * i + 1, 1);
            var feedsSink = false;
            foreach (var w in successors.Neighbors(inner[i]))
            {
                if (compact[w] >= 0) network.AddArc(2 * i + 1, 2 * compact[w], FlowNetwork.Infinite);
                else feedsSink |= roles[w] == SinkRole;
            }
            if (feedsSink) network.AddArc(2 * i + 1, SuperSink, FlowNetwork.Infinite);
        }
        AddSourceArcs(network);
        network.Seal();
        return network;
    }

    /// <summary>Inner nodes whose in-half the residual search reached but whose out-half it did not, ascending.</summary>
    public int[] CutFrom(bool[] reachable)
    {
        var cut = new List<int>();
        for (var i = 0; i < inner.Length; i++)
        {
            if (reachable[2 * i] && !reachable[2 * i + 1]) cut.Add(inner[i]);
        }
        return [.. cut];
    }

    private void AddSourceArcs(FlowNetwork network)
    {
        var linked = new bool[inner.Length];
        for (var s = 0; s < roles.Length; s++)
        {
            if (roles[s] != SourceRole) continue;
            foreach (var w in successors.Neighbors(s))
            {
                if (compact[w] < 0 || linked[compact[w]]) continue;
                linked[compact[w]] = true;
                network.AddArc(SuperSource, 2 * compact[w], FlowNetwork.Infinite);
            }
        }
    }

    private static bool SourceTouchesSink(Adjacency successors, byte[] roles)
    {
        for (var s = 0; s < roles.Length; s++)
        {
            if (roles[s] != SourceRole) continue;
            foreach (var w in successors.Neighbors(s))
            {
                if (roles[w] == SinkRole) return true;
            }
        }
        return false;
    }

    // Breadth-first from every node of the start role; only unmarked (cuttable) nodes are expanded.
    private static bool[] Reach(Adjacency adjacency, byte[] roles, byte startRole)
    {
        var seen = new bool[roles.Length];
        var queue = new int[roles.Length];
        int read = 0, write = 0;
        for (var v = 0; v < roles.Length; v++)
        {
            if (roles[v] != startRole) continue;
            seen[v] = true;
            queue[write++] = v;
        }
        while (read < write)
        {
            foreach (var w in adjacency.Neighbors(queue[read++]))
            {
                if (seen[w]) continue;
                seen[w] = true;
                if (roles[w] == 0) queue[write++] = w;
            }
        }
        return seen;
    }
}
