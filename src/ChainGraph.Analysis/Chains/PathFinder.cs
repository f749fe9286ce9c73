using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Breadth-first shortest paths on a <see cref="SupplyGraph"/>, reusing its arrays between searches (a stamp
/// marks visited nodes) so hundreds of evidence paths on a million-node graph allocate only the paths. Not thread-safe.
/// </summary>
internal sealed class PathFinder(SupplyGraph graph)
{
    private readonly int[] _parent = new int[graph.NodeCount];
    private readonly int[] _seen = new int[graph.NodeCount];
    private readonly int[] _queue = new int[graph.NodeCount];
    private int _stamp;

    /// <summary>
    /// A shortest path from <paramref name="from"/> to the first node accepted by <paramref name="isTarget"/>, following
    /// <paramref name="direction"/>; empty when none.
    /// </summary>
    public IReadOnlyList<int> Find(int from, Func<int, bool> isTarget, EdgeDirection direction, int skipEdgeFrom = -1, int skipEdgeTo = -1)
    {
        var adjacency = graph.Adjacency(direction);
        _stamp++;
        _seen[from] = _stamp;
        _parent[from] = -1;
        int head = 0, tail = 0;
        _queue[tail++] = from;
        while (head < tail)
        {
            var u = _queue[head++];
            if (u != from && isTarget(u)) return Trace(u);
            foreach (var v in adjacency.Neighbors(u))
            {
                if (_seen[v] == _stamp || (u == skipEdgeFrom && v == skipEdgeTo)) continue;
                _seen[v] = _stamp;
                _parent[v] = u;
                _queue[tail++] = v;
            }
        }
        return [];
    }

    private List<int> Trace(int node)
    {
        var path = new List<int>();
        for (var v = node; v >= 0; v = _parent[v]) path.Add(v);
        path.Reverse();
        return path;
    }
}
