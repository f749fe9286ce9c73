using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Articulation points and bridges (Tarjan's low-link, one depth-first search) of the undirected projection of a
/// graph. Parallel edges are already merged in a <see cref="SupplyGraph"/>, so a doubled edge is one edge (as in a
/// simple NetworkX <c>Graph</c>). Iterative: the depth of the search is bounded by memory, not the call stack.
/// O(n + m) time, five int arrays of n.
/// </summary>
public static class Biconnectivity
{
    /// <summary>Finds the articulation points and bridges of <paramref name="graph"/>'s undirected projection.</summary>
    public static BiconnectivityResult Find(SupplyGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var adjacency = graph.Undirected;
        var search = new LowLinkSearch(adjacency);
        for (var root = 0; root < adjacency.NodeCount; root++)
        {
            if (search.Discovered(root)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            search.Run(root, cancellationToken);
        }
        return search.ToResult();
    }

    private sealed class LowLinkSearch(Adjacency adjacency)
    {
        private readonly int[] offsets = adjacency.OffsetArray;
        private readonly int[] targets = adjacency.TargetArray;
        private readonly int[] discovery = new int[adjacency.NodeCount];
        private readonly int[] low = new int[adjacency.NodeCount];
        private readonly int[] parent = new int[adjacency.NodeCount];
        private readonly int[] nextSlot = new int[adjacency.NodeCount];
        private readonly int[] stack = new int[adjacency.NodeCount];
        private readonly bool[] isArticulation = new bool[adjacency.NodeCount];
        private readonly List<NodePair> bridges = [];
        private int clock;

        public bool Discovered(int node) => discovery[node] != 0;

        // One long loop on purpose: it is the recursive DFS with the call stack made explicit
        // (stack = path from the root, nextSlot = where each frame resumes).
        public void Run(int root, CancellationToken cancellationToken)
        {
            var depth = 0;
            var rootChildren = 0;
            Visit(root, -1, ref depth);
            while (depth > 0)
            {
                var u = stack[depth - 1];
                if (nextSlot[u] < offsets[u + 1])
                {
                    var v = targets[nextSlot[u]++];
                    if (discovery[v] == 0)
                    {
                        if (u == root) rootChildren++;
                        Visit(v, u, ref depth);
                        if ((clock & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                    }
                    else if (v != parent[u])
                    {
                        low[u] = Math.Min(low[u], discovery[v]);
                    }
                    continue;
                }
                depth--;
                var p = parent[u];
                if (p < 0) continue;
                low[p] = Math.Min(low[p], low[u]);
                if (low[u] >= discovery[p] && p != root) isArticulation[p] = true;
                if (low[u] > discovery[p]) bridges.Add(p < u ? new NodePair(p, u) : new NodePair(u, p));
            }
            if (rootChildren > 1) isArticulation[root] = true;
        }

        public BiconnectivityResult ToResult()
        {
            var points = new List<int>();
            for (var v = 0; v < isArticulation.Length; v++)
            {
                if (isArticulation[v]) points.Add(v);
            }
            var sortedBridges = bridges.ToArray();
            Array.Sort(sortedBridges, (a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.V.CompareTo(b.V));
            return new BiconnectivityResult(
                ImmutableCollectionsMarshal.AsImmutableArray(points.ToArray()),
                ImmutableCollectionsMarshal.AsImmutableArray(sortedBridges));
        }

        private void Visit(int node, int from, ref int depth)
        {
            discovery[node] = low[node] = ++clock;
            parent[node] = from;
            nextSlot[node] = offsets[node];
            stack[depth++] = node;
        }
    }
}
