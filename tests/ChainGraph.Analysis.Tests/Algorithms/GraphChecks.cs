using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

/// <summary>Brute-force facts about a graph used to check algorithm results (simple, slow, obviously right).</summary>
public static class GraphChecks
{
    /// <summary>Whether any target is reachable from any source, walking in <paramref name="direction"/>, avoiding <paramref name="removed"/>.</summary>
    public static bool Reaches(SupplyGraph graph, EdgeDirection direction, IEnumerable<int> sources, IEnumerable<int> targets, IEnumerable<int>? removed = null)
    {
        var blocked = (removed ?? []).ToHashSet();
        var goal = targets.ToHashSet();
        var seen = sources.Where(s => !blocked.Contains(s)).ToHashSet();
        var queue = new Queue<int>(seen);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            if (goal.Contains(u)) return true;
            foreach (var w in graph.Adjacency(direction).Neighbors(u))
            {
                if (!blocked.Contains(w) && seen.Add(w)) queue.Enqueue(w);
            }
        }
        return false;
    }

    /// <summary>Number of connected components of the undirected projection after removing nodes and edges.</summary>
    public static int ComponentCount(SupplyGraph graph, ISet<int>? removedNodes = null, (int, int)? removedEdge = null)
    {
        var removed = removedNodes ?? new HashSet<int>();
        var seen = new bool[graph.NodeCount];
        var count = 0;
        for (var start = 0; start < graph.NodeCount; start++)
        {
            if (seen[start] || removed.Contains(start)) continue;
            count++;
            var stack = new Stack<int>([start]);
            seen[start] = true;
            while (stack.Count > 0)
            {
                var u = stack.Pop();
                foreach (var w in graph.Undirected.Neighbors(u))
                {
                    if (seen[w] || removed.Contains(w) || IsEdge(removedEdge, u, w)) continue;
                    seen[w] = true;
                    stack.Push(w);
                }
            }
        }
        return count;
    }

    /// <summary>Whether <paramref name="cycle"/> (v0 … vk, closing vk → v0) is a directed cycle of distinct nodes.</summary>
    public static bool IsCycle(SupplyGraph graph, IReadOnlyList<int> cycle) =>
        cycle.Count >= 2 && cycle.Distinct().Count() == cycle.Count
        && Enumerable.Range(0, cycle.Count).All(i => graph.FindEdge(cycle[i], cycle[(i + 1) % cycle.Count]) >= 0);

    /// <summary>Whether <paramref name="order"/> lists every node once with every edge pointing forward.</summary>
    public static bool IsTopological(SupplyGraph graph, IReadOnlyList<int> order)
    {
        if (order.Count != graph.NodeCount) return false;
        var position = new int[graph.NodeCount];
        for (var i = 0; i < order.Count; i++) position[order[i]] = i;
        return Enumerable.Range(0, graph.EdgeCount).All(e => position[graph.EdgeSource(e)] < position[graph.EdgeTarget(e)]);
    }

    private static bool IsEdge((int, int)? edge, int u, int w) =>
        edge is var (a, b) && ((a == u && b == w) || (a == w && b == u));
}
