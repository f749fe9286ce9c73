using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Immediate dominators from a root (Cooper, Harvey &amp; Kennedy, "A Simple, Fast Dominance Algorithm", 2001):
/// iterate <c>idom(u) = ∩ idom-chains of u's processed predecessors</c> in reverse postorder until nothing
/// changes. Node d dominates u when every path from the root to u passes through d. With
/// <see cref="EdgeDirection.Reverse"/> and a chain owner as root, the dominators of a supplier are the firms every
/// supply path from that supplier into the owner passes through. Near-linear on supply graphs (two or three
/// passes); iterative, so depth is bounded by memory only.
/// </summary>
public static class Dominators
{
    /// <summary>
    /// Computes the dominator tree of the nodes reachable from <paramref name="root"/> walking in <paramref name="direction"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a node of <paramref name="graph"/>.</exception>
    public static DominatorTree Compute(SupplyGraph graph, int root, EdgeDirection direction = EdgeDirection.Forward,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if ((uint)root >= (uint)graph.NodeCount) throw new ArgumentOutOfRangeException(nameof(root));
        return Compute(graph.Adjacency(direction), graph.Predecessors(direction), root, direction, cancellationToken);
    }

    /// <summary>
    /// The same from the rows a walk in <paramref name="direction"/> follows and their transpose, for callers that hold
    /// adjacency rows without a <see cref="SupplyGraph"/>.
    /// </summary>
    internal static DominatorTree Compute(Adjacency successors, Adjacency predecessors, int root, EdgeDirection direction,
        CancellationToken cancellationToken)
    {
        var postorder = Postorder(successors, root, out var postNumber, cancellationToken);
        var idom = Solve(predecessors, postorder, postNumber, cancellationToken);
        return new DominatorTree(root, direction, idom, postorder);
    }

    // Iterative depth-first search; postNumber[v] = -1 for nodes the root does not reach.
    private static int[] Postorder(Adjacency successors, int root, out int[] postNumber, CancellationToken cancellationToken)
    {
        var offsets = successors.OffsetArray;
        var targets = successors.TargetArray;
        var n = successors.NodeCount;
        postNumber = new int[n];
        Array.Fill(postNumber, -1);
        var visited = new bool[n];
        var nextSlot = new int[n];
        var stack = new int[n];
        var order = new List<int>();
        var depth = 0;
        stack[depth++] = root;
        visited[root] = true;
        nextSlot[root] = offsets[root];
        while (depth > 0)
        {
            var u = stack[depth - 1];
            if (nextSlot[u] < offsets[u + 1])
            {
                var v = targets[nextSlot[u]++];
                if (visited[v]) continue;
                visited[v] = true;
                nextSlot[v] = offsets[v];
                stack[depth++] = v;
                continue;
            }
            depth--;
            postNumber[u] = order.Count;
            order.Add(u);
            if ((order.Count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
        }
        return [.. order];
    }

    private static int[] Solve(Adjacency predecessors, int[] postorder, int[] postNumber, CancellationToken cancellationToken)
    {
        var offsets = predecessors.OffsetArray;
        var sources = predecessors.TargetArray;
        var idom = new int[postNumber.Length];
        Array.Fill(idom, -1);
        var root = postorder[^1];
        idom[root] = root;
        var changed = true;
        while (changed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            for (var i = postorder.Length - 2; i >= 0; i--)
            {
                var u = postorder[i];
                var candidate = -1;
                for (var slot = offsets[u]; slot < offsets[u + 1]; slot++)
                {
                    var p = sources[slot];
                    if (idom[p] < 0) continue;
                    candidate = candidate < 0 ? p : Intersect(p, candidate, idom, postNumber);
                }
                if (idom[u] == candidate) continue;
                idom[u] = candidate;
                changed = true;
            }
        }
        return idom;
    }

    // Walks both fingers up the current tree until they meet; higher postorder number = closer to the root.
    private static int Intersect(int a, int b, int[] idom, int[] postNumber)
    {
        while (a != b)
        {
            while (postNumber[a] < postNumber[b]) a = idom[a];
            while (postNumber[b] < postNumber[a]) b = idom[b];
        }
        return a;
    }
}
