using System.Collections.Immutable;

namespace ChainGraph.Analysis.Graph;

/// <summary>
/// An immutable directed graph snapshot in compressed sparse row arrays. Nodes are dense ids
/// <c>0 .. NodeCount - 1</c> (see <see cref="NodeIds"/> for the external ids); edges are ids
/// <c>0 .. EdgeCount - 1</c>, which are the slots of <see cref="Out"/>, so edge <c>e</c> goes from
/// <see cref="EdgeSource"/> to <c>Out.Targets[e]</c>. Self-loops are dropped and parallel edges merged at build
/// time; a node that only had self-loops stays a node. All members are safe to call from many threads.
/// </summary>
public sealed class SupplyGraph
{
    private readonly Lazy<Adjacency> undirected;
    private readonly Lazy<Dictionary<string, int>> nodeIndex;

    internal SupplyGraph(IReadOnlyList<string> nodeIds, Adjacency forward, SupplyEdgeAttributes? attributes)
    {
        NodeIds = nodeIds;
        Out = forward;
        In = CsrBuilder.BuildReverse(forward);
        Attributes = attributes;
        undirected = new Lazy<Adjacency>(() => CsrBuilder.BuildUndirected(Out, In));
        nodeIndex = new Lazy<Dictionary<string, int>>(BuildNodeIndex);
    }

    /// <summary>The empty graph.</summary>
    public static SupplyGraph Empty { get; } = new GraphBuilder().Build();

    /// <summary>External id of every node, by node id.</summary>
    public IReadOnlyList<string> NodeIds { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => Out.NodeCount;

    /// <summary>Number of directed edges after merging.</summary>
    public int EdgeCount => Out.SlotCount;

    /// <summary>Number of edges of the undirected projection (u→v and v→u count once).</summary>
    public int UndirectedEdgeCount => Undirected.SlotCount / 2;

    /// <summary>Out-neighbours (customers); slot = edge id.</summary>
    public Adjacency Out { get; }

    /// <summary>In-neighbours (suppliers); <see cref="Adjacency.EdgeId"/> gives the forward edge id.</summary>
    public Adjacency In { get; }

    /// <summary>The symmetric simple projection, built once on first use.</summary>
    public Adjacency Undirected => undirected.Value;

    /// <summary>Supply attributes per edge id; null for graphs built from plain edge lists.</summary>
    public SupplyEdgeAttributes? Attributes { get; }

    /// <summary>The adjacency an algorithm walking in <paramref name="direction"/> follows.</summary>
    public Adjacency Adjacency(EdgeDirection direction) => direction switch
    {
        EdgeDirection.Forward => Out,
        EdgeDirection.Reverse => In,
        EdgeDirection.Undirected => Undirected,
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    /// <summary>The adjacency of predecessors when walking in <paramref name="direction"/>.</summary>
    public Adjacency Predecessors(EdgeDirection direction) => direction switch
    {
        EdgeDirection.Forward => In,
        EdgeDirection.Reverse => Out,
        EdgeDirection.Undirected => Undirected,
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    /// <summary>Source node of edge <paramref name="edge"/> (O(log n)).</summary>
    public int EdgeSource(int edge)
    {
        if ((uint)edge >= (uint)EdgeCount) throw new ArgumentOutOfRangeException(nameof(edge));
        // The last row starting at or before the edge; empty rows share their start with the next row.
        var offsets = Out.Offsets;
        int low = 0, high = NodeCount - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (offsets[middle] <= edge) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /// <summary>Target node of edge <paramref name="edge"/>.</summary>
    public int EdgeTarget(int edge) => Out.Targets[edge];

    /// <summary>The id of edge <paramref name="source"/> → <paramref name="target"/>, or -1 (O(log degree)).</summary>
    public int FindEdge(int source, int target) => Out.FindSlot(source, target);

    /// <summary>Looks up a node by external id (ordinal). The index is built on first use.</summary>
    public bool TryGetNode(string id, out int node) => nodeIndex.Value.TryGetValue(id, out node);

    private Dictionary<string, int> BuildNodeIndex()
    {
        var index = new Dictionary<string, int>(NodeCount, StringComparer.Ordinal);
        for (var v = 0; v < NodeCount; v++) index.TryAdd(NodeIds[v], v);
        return index;
    }
}
