using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Connected components of the undirected projection (weak components of a directed graph), by breadth-first
/// search. Components are numbered in order of their smallest node. O(n + m).
/// </summary>
public static class ConnectedComponents
{
    /// <summary>Labels every node of <paramref name="graph"/> with its connected component.</summary>
    public static ComponentLabeling Find(SupplyGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var adjacency = graph.Undirected;
        var offsets = adjacency.OffsetArray;
        var targets = adjacency.TargetArray;
        var n = adjacency.NodeCount;
        var labels = new int[n];
        Array.Fill(labels, -1);
        var queue = new int[n];
        var count = 0;
        for (var start = 0; start < n; start++)
        {
            if (labels[start] >= 0) continue;
            cancellationToken.ThrowIfCancellationRequested();
            int head = 0, tail = 0;
            queue[tail++] = start;
            labels[start] = count;
            while (head < tail)
            {
                if ((head & 0xFFFF) == 0xFFFF) cancellationToken.ThrowIfCancellationRequested();
                var u = queue[head++];
                for (var slot = offsets[u]; slot < offsets[u + 1]; slot++)
                {
                    var v = targets[slot];
                    if (labels[v] >= 0) continue;
                    labels[v] = count;
                    queue[tail++] = v;
                }
            }
            count++;
        }
        return ComponentLabeling.FromLabels(count, labels);
    }
}
