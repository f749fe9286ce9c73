using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// The dominator tree of the nodes reachable from <see cref="Root"/> walking in <see cref="Direction"/>.
/// <see cref="ImmediateDominators"/>[v] is v's immediate dominator, the root maps to itself and unreachable nodes
/// to -1. <see cref="Dominates"/> answers in O(1) from pre-order intervals. Immutable.
/// </summary>
public sealed class DominatorTree
{
    private readonly int[] idom;
    private readonly int[] preorder;
    private readonly int[] subtreeSize;

    internal DominatorTree(int root, EdgeDirection direction, int[] idom, int[] postorder)
    {
        Root = root;
        Direction = direction;
        this.idom = idom;
        ReachableCount = postorder.Length;
        (preorder, subtreeSize) = TreeIntervals(idom, postorder);
    }

    /// <summary>The start node.</summary>
    public int Root { get; }

    /// <summary>The direction edges were followed in.</summary>
    public EdgeDirection Direction { get; }

    /// <summary>Number of nodes reachable from the root, the root included.</summary>
    public int ReachableCount { get; }

    /// <summary>Immediate dominator per node; root → root, unreachable → -1.</summary>
    public ImmutableArray<int> ImmediateDominators => ImmutableCollectionsMarshal.AsImmutableArray(idom);

    /// <summary>Whether <paramref name="node"/> is reachable from the root.</summary>
    public bool IsReachable(int node) => idom[node] >= 0;

    /// <summary>The immediate dominator of <paramref name="node"/> (the root for the root, -1 if unreachable).</summary>
    public int ImmediateDominator(int node) => idom[node];

    /// <summary>Number of nodes <paramref name="node"/> dominates, itself included (0 if unreachable).</summary>
    public int DominatedCount(int node) => subtreeSize[node];

    /// <summary>Whether <paramref name="dominator"/> lies on every path from the root to <paramref name="node"/> (reflexive).</summary>
    public bool Dominates(int dominator, int node) =>
        IsReachable(dominator) && IsReachable(node)
        && preorder[dominator] <= preorder[node] && preorder[node] < preorder[dominator] + subtreeSize[dominator];

    /// <summary>
    /// The strict dominators of <paramref name="node"/>, nearest first, ending with the root; empty for the root or an unreachable node.
    /// </summary>
    public ImmutableArray<int> StrictDominators(int node)
    {
        var chain = ImmutableArray.CreateBuilder<int>();
        if (!IsReachable(node)) return chain.ToImmutable();
        for (var v = node; v != Root; v = idom[v]) chain.Add(idom[v]);
        return chain.ToImmutable();
    }

    // Pre-order number and subtree size of every node in the dominator tree. A node's immediate dominator
    // is a DFS ancestor, so reverse postorder visits parents before children and postorder children first.
    private static (int[] Preorder, int[] Size) TreeIntervals(int[] idom, int[] postorder)
    {
        var n = idom.Length;
        var size = new int[n];
        foreach (var v in postorder)
        {
            size[v]++;
            if (idom[v] != v) size[idom[v]] += size[v];
        }
        var preorder = new int[n];
        var nextFree = new int[n];
        for (var i = postorder.Length - 1; i >= 0; i--)
        {
            var v = postorder[i];
            if (idom[v] == v)
            {
                preorder[v] = 0;
            }
            else
            {
                var parent = idom[v];
                preorder[v] = preorder[parent] + 1 + nextFree[parent];
                nextFree[parent] += size[v];
            }
        }
        return (preorder, size);
    }
}
