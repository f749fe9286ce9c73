using QuikGraph;

namespace ChainGraph.Analysis.Graph;

/// <summary>
/// A <see cref="SupplyGraph"/> through QuikGraph's interfaces, so any QuikGraph algorithm runs on a chain or the whole
/// economy: <c>new QuikGraphView(graph).StronglyConnectedComponents(components)</c>. A thin view — it reads the CSR
/// arrays and copies nothing; vertices are the dense node ids, edges <see cref="SupplyEdge"/> values made on the fly.
/// Our own algorithms stay faster at scale (bench/RESULTS.md, "QuikGraph as a peer"); the view is for everything
/// QuikGraph has and we do not, and for cross-checking ours. Immutable and safe to share between threads.
/// </summary>
public sealed class QuikGraphView(SupplyGraph graph) : IBidirectionalGraph<int, SupplyEdge>
{
    public SupplyGraph Graph { get; } = graph;

    public bool IsDirected => true;

    /// <summary>False: parallel supplies were merged when the graph was built.</summary>
    public bool AllowParallelEdges => false;

    public bool IsVerticesEmpty => Graph.NodeCount == 0;

    public int VertexCount => Graph.NodeCount;

    public IEnumerable<int> Vertices => Enumerable.Range(0, Graph.NodeCount);

    public bool ContainsVertex(int vertex) => (uint)vertex < (uint)Graph.NodeCount;

    public bool IsEdgesEmpty => Graph.EdgeCount == 0;

    public int EdgeCount => Graph.EdgeCount;

    public IEnumerable<SupplyEdge> Edges
    {
        get
        {
            for (var v = 0; v < Graph.NodeCount; v++)
            {
                foreach (var edge in OutEdges(v)) yield return edge;
            }
        }
    }

    public bool ContainsEdge(SupplyEdge edge) =>
        (uint)edge.Id < (uint)Graph.EdgeCount && Graph.EdgeTarget(edge.Id) == edge.Target && Graph.EdgeSource(edge.Id) == edge.Source;

    public bool ContainsEdge(int source, int target) =>
        ContainsVertex(source) && ContainsVertex(target) && Graph.FindEdge(source, target) >= 0;

    public bool TryGetEdge(int source, int target, out SupplyEdge edge)
    {
        var id = ContainsEdge(source, target) ? Graph.FindEdge(source, target) : -1;
        edge = id >= 0 ? new SupplyEdge(id, source, target) : default;
        return id >= 0;
    }

    public bool TryGetEdges(int source, int target, out IEnumerable<SupplyEdge> edges)
    {
        edges = TryGetEdge(source, target, out var edge) ? [edge] : [];
        return ContainsVertex(source);
    }

    public bool IsOutEdgesEmpty(int vertex) => OutDegree(vertex) == 0;

    public int OutDegree(int vertex) => Graph.Out.Degree(Checked(vertex));

    public IEnumerable<SupplyEdge> OutEdges(int vertex)
    {
        var start = Graph.Out.Offsets[Checked(vertex)];
        for (var slot = start; slot < start + Graph.Out.Degree(vertex); slot++) yield return OutEdgeAt(vertex, slot);
    }

    public bool TryGetOutEdges(int vertex, out IEnumerable<SupplyEdge> edges)
    {
        edges = ContainsVertex(vertex) ? OutEdges(vertex) : [];
        return ContainsVertex(vertex);
    }

    public SupplyEdge OutEdge(int vertex, int index) =>
        OutEdgeAt(vertex, Graph.Out.Offsets[Checked(vertex)] + Index(index, OutDegree(vertex)));

    public bool IsInEdgesEmpty(int vertex) => InDegree(vertex) == 0;

    public int InDegree(int vertex) => Graph.In.Degree(Checked(vertex));

    public int Degree(int vertex) => OutDegree(vertex) + InDegree(vertex);

    public IEnumerable<SupplyEdge> InEdges(int vertex)
    {
        var start = Graph.In.Offsets[Checked(vertex)];
        for (var slot = start; slot < start + Graph.In.Degree(vertex); slot++) yield return InEdgeAt(vertex, slot);
    }

    public bool TryGetInEdges(int vertex, out IEnumerable<SupplyEdge> edges)
    {
        edges = ContainsVertex(vertex) ? InEdges(vertex) : [];
        return ContainsVertex(vertex);
    }

    public SupplyEdge InEdge(int vertex, int index) => InEdgeAt(vertex, Graph.In.Offsets[Checked(vertex)] + Index(index, InDegree(vertex)));

    private SupplyEdge OutEdgeAt(int vertex, int slot) => new(slot, vertex, Graph.Out.Targets[slot]);

    private SupplyEdge InEdgeAt(int vertex, int slot) => new(Graph.In.EdgeId(slot), Graph.In.Targets[slot], vertex);

    private int Checked(int vertex) =>
        ContainsVertex(vertex) ? vertex : throw new VertexNotFoundException($"no node {vertex} in a graph of {Graph.NodeCount}");

    private static int Index(int index, int degree) =>
        (uint)index < (uint)degree ? index : throw new ArgumentOutOfRangeException(nameof(index));
}
