using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// The part of a chain graph upstream of one owner — the owner and every node with a path into it — as a graph of its
/// own. Local ids follow the chain graph's ids in ascending order, so neighbour lists keep their order and a search on
/// the local graph visits nodes in the order the same search on the chain graph would. Every path into the owner, and
/// every path between two upstream nodes, stays inside it, so dominators, cuts and paths toward the owner are the same
/// as on the whole chain while their arrays are sized by the owner's suppliers, not by the economy. Immutable.
/// </summary>
internal sealed class UpstreamGraph
{
    private readonly int[] global;
    private readonly Lazy<SupplyGraph> graph;

    private UpstreamGraph(Adjacency suppliers, int[] global, int owner, Func<int, string> idOf)
    {
        Suppliers = suppliers;
        Customers = PredecessorRows.Successors(suppliers);
        this.global = global;
        Owner = owner;
        graph = new Lazy<SupplyGraph>(() => new SupplyGraph(new IdView(global.Length, i => idOf(global[i])), Customers, null));
    }

    /// <summary>Every node's suppliers, in local ids.</summary>
    public Adjacency Suppliers { get; }

    /// <summary>Every node's customers, in local ids (slot = edge id of <see cref="Graph"/>).</summary>
    public Adjacency Customers { get; }

    /// <summary>The upstream subgraph in local ids, built on first use (evidence paths need it; dominators and cuts do not).</summary>
    public SupplyGraph Graph => graph.Value;

    /// <summary>The owner's local id.</summary>
    public int Owner { get; }

    /// <summary>
    /// Collects the nodes with a path into <paramref name="owner"/> (a compact id of <paramref name="chain"/>) and the chain's
    /// edges between them. <paramref name="marks"/> (one entry per chain node, all -1) is scratch space and is all -1 again
    /// on return.
    /// </summary>
    public static UpstreamGraph Of(CompactChainGraph chain, int owner, int[] marks)
    {
        var nodes = Upstream(chain.Suppliers, owner, marks);
        Array.Sort(nodes);
        for (var i = 0; i < nodes.Length; i++) marks[nodes[i]] = i;
        var suppliers = Renumbered(chain.Suppliers, nodes, marks);
        var localOwner = marks[owner];
        foreach (var v in nodes) marks[v] = -1;
        var global = new int[nodes.Length];
        for (var i = 0; i < nodes.Length; i++) global[i] = chain.ToFull(nodes[i]);
        return new UpstreamGraph(suppliers, global, localOwner, chain.IdOfFull);
    }

    /// <summary>The full chain graph's id of local node <paramref name="local"/>.</summary>
    public int ToChain(int local) => global[local];

    /// <summary>The local id of full chain graph node <paramref name="node"/>, or -1 when it does not reach the owner.</summary>
    public int ToLocal(int node)
    {
        var i = Array.BinarySearch(global, node);
        return i < 0 ? -1 : i;
    }

    /// <summary>The full chain graph's ids of <paramref name="locals"/>, in order.</summary>
    public IReadOnlyList<int> ToChain(IReadOnlyList<int> locals)
    {
        var result = new int[locals.Count];
        for (var i = 0; i < result.Length; i++) result[i] = global[locals[i]];
        return result;
    }

    // Breadth-first against the edges; a visited node's mark is set to 0 until the caller numbers it.
    private static int[] Upstream(Adjacency predecessors, int owner, int[] marks)
    {
        var found = new List<int> { owner };
        marks[owner] = 0;
        for (var read = 0; read < found.Count; read++)
        {
            foreach (var p in predecessors.Neighbors(found[read]))
            {
                if (marks[p] >= 0) continue;
                marks[p] = 0;
                found.Add(p);
            }
        }
        return [.. found];
    }

    // Every predecessor of an upstream node is upstream too, so the local rows are the chain's rows renumbered; the
    // numbering is monotone, so they stay sorted.
    private static Adjacency Renumbered(Adjacency predecessors, int[] nodes, int[] marks)
    {
        var offsets = new int[nodes.Length + 1];
        for (var i = 0; i < nodes.Length; i++) offsets[i + 1] = offsets[i] + predecessors.Degree(nodes[i]);
        var sources = new int[offsets[^1]];
        for (var i = 0; i < nodes.Length; i++)
        {
            var row = predecessors.Neighbors(nodes[i]);
            for (var j = 0; j < row.Length; j++) sources[offsets[i] + j] = marks[row[j]];
        }
        return new Adjacency(offsets, sources, null, hasEdgeIds: false);
    }
}
