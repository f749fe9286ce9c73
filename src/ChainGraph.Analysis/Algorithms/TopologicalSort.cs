using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Kahn's algorithm: repeatedly take nodes with no remaining in-edges. A node's tier is one more than the highest tier
/// among its predecessors, i.e. its longest-path layer from the sources (NetworkX's <c>topological_generations</c>).
/// When nodes remain, they contain a cycle and one is reported. O(n + m).
/// </summary>
public static class TopologicalSort
{
    /// <summary>
    /// Orders the nodes of <paramref name="graph"/> walking in <paramref name="direction"/> (forward: suppliers before customers).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="direction"/> is <see cref="EdgeDirection.Undirected"/>.</exception>
    public static TopologicalOrder Compute(SupplyGraph graph, EdgeDirection direction = EdgeDirection.Forward,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (direction == EdgeDirection.Undirected)
            throw new ArgumentException("An undirected graph has no topological order.", nameof(direction));
        var successors = graph.Adjacency(direction);
        var predecessors = graph.Predecessors(direction);
        var n = graph.NodeCount;
        var remaining = new int[n];
        var order = new int[n];
        var tiers = new int[n];
        var count = 0;
        for (var v = 0; v < n; v++)
        {
            remaining[v] = predecessors.Degree(v);
            if (remaining[v] == 0) order[count++] = v;
        }
        var tierCount = n == 0 ? 0 : 1;
        for (var head = 0; head < count; head++)
        {
            if ((head & 0xFFFF) == 0xFFFF) cancellationToken.ThrowIfCancellationRequested();
            var u = order[head];
            foreach (var w in successors.Neighbors(u))
            {
                tiers[w] = Math.Max(tiers[w], tiers[u] + 1);
                tierCount = Math.Max(tierCount, tiers[w] + 1);
                if (--remaining[w] == 0) order[count++] = w;
            }
        }
        if (count < n)
            return new TopologicalOrder([], [], 0, ImmutableCollectionsMarshal.AsImmutableArray(FindCycle(predecessors, remaining)));
        return new TopologicalOrder(ImmutableCollectionsMarshal.AsImmutableArray(order),
            ImmutableCollectionsMarshal.AsImmutableArray(tiers), tierCount, []);
    }

    // Every node left over (remaining > 0) has a left-over predecessor, so walking predecessors from one must
    // revisit a node; the revisited stretch, reversed, is a cycle in edge direction.
    private static int[] FindCycle(Adjacency predecessors, int[] remaining)
    {
        var position = new int[remaining.Length];
        Array.Fill(position, -1);
        var walk = new List<int>();
        var v = Array.FindIndex(remaining, r => r > 0);
        while (position[v] < 0)
        {
            position[v] = walk.Count;
            walk.Add(v);
            v = FirstLeftOver(predecessors.Neighbors(v), remaining);
        }
        var cycle = walk.GetRange(position[v], walk.Count - position[v]);
        cycle.Reverse();
        return [.. cycle];
    }

    private static int FirstLeftOver(ReadOnlySpan<int> nodes, int[] remaining)
    {
        foreach (var u in nodes)
        {
            if (remaining[u] > 0) return u;
        }
        throw new InvalidOperationException("A left-over node has no left-over predecessor.");
    }
}
