namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Exact Shapley values of one tree's output under the path-dependent (cover-weighted) conditional expectation:
/// Algorithm 2 of Lundberg, Erion &amp; Lee, "Consistent individualized feature attribution for tree ensembles" (2018),
/// as in the shap package's tree_shap. φ sums to f(x) − E[f]. Recursion depth is the tree depth (a handful), and the
/// path buffer is one array per call, laid out as the reference implementation lays it out.
/// </summary>
internal static class TreeShap
{
    internal struct PathElement
    {
        public int Feature;
        public double Zero;
        public double One;
        public double Weight;
    }

    /// <summary>Adds the tree's Shapley values for <paramref name="x"/> to <paramref name="phi"/>.</summary>
    public static void Add(RegressionTree tree, ReadOnlySpan<double> x, Span<double> phi) => Add(tree, x, phi, new Buffer(tree.Depth()));

    /// <summary>
    /// As <see cref="Add(RegressionTree, ReadOnlySpan{double}, Span{double})"/>, reusing a buffer made for trees at most its depth.
    /// </summary>
    public static void Add(RegressionTree tree, ReadOnlySpan<double> x, Span<double> phi, Buffer buffer) =>
        Recurse(tree, x, phi, buffer.Path, node: 0, parentOffset: 0, uniqueDepth: 0, parentZero: 1, parentOne: 1, parentFeature: -1);

    /// <summary>
    /// The path storage for trees up to a depth: (D + 3)(D + 4)/2 elements, as the reference implementation lays them out.
    /// </summary>
    public sealed class Buffer(int maxDepth)
    {
        internal PathElement[] Path { get; } = new PathElement[(maxDepth + 3) * (maxDepth + 4) / 2 + maxDepth + 3];
    }

    private static void Recurse(RegressionTree tree, ReadOnlySpan<double> x, Span<double> phi, PathElement[] path,
        int node, int parentOffset, int uniqueDepth, double parentZero, double parentOne, int parentFeature)
    {
        var offset = parentOffset + uniqueDepth + 1;
        Array.Copy(path, parentOffset, path, offset, uniqueDepth + 1);
        Extend(path, offset, uniqueDepth, parentZero, parentOne, parentFeature);
        if (tree.IsLeaf(node))
        {
            for (var i = 1; i <= uniqueDepth; i++)
            {
                var element = path[offset + i];
                phi[element.Feature] += UnwoundSum(path, offset, uniqueDepth, i) * (element.One - element.Zero) * tree.Value[node];
            }
            return;
        }
        var feature = tree.Feature[node];
        var goesLeft = tree.GoesLeft(node, x);
        var (hot, cold) = goesLeft ? (tree.Left[node], tree.Right[node]) : (tree.Right[node], tree.Left[node]);
        double incomingZero = 1, incomingOne = 1;
        var k = 0;
        while (k <= uniqueDepth && path[offset + k].Feature != feature) k++;
        if (k <= uniqueDepth)
        {
            incomingZero = path[offset + k].Zero;
            incomingOne = path[offset + k].One;
            Unwind(path, offset, uniqueDepth, k);
            uniqueDepth--;
        }
        var cover = tree.Cover[node];
        Recurse(tree, x, phi, path, hot, offset, uniqueDepth + 1, tree.Cover[hot] / cover * incomingZero, incomingOne, feature);
        Recurse(tree, x, phi, path, cold, offset, uniqueDepth + 1, tree.Cover[cold] / cover * incomingZero, 0, feature);
    }

    private static void Extend(PathElement[] path, int offset, int depth, double zero, double one, int feature)
    {
        path[offset + depth] = new PathElement { Feature = feature, Zero = zero, One = one, Weight = depth == 0 ? 1 : 0 };
        for (var i = depth - 1; i >= 0; i--)
        {
            path[offset + i + 1].Weight += one * path[offset + i].Weight * (i + 1) / (depth + 1);
            path[offset + i].Weight = zero * path[offset + i].Weight * (depth - i) / (depth + 1);
        }
    }

    private static void Unwind(PathElement[] path, int offset, int depth, int index)
    {
        var (one, zero) = (path[offset + index].One, path[offset + index].Zero);
        var next = path[offset + depth].Weight;
        for (var i = depth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                var previous = path[offset + i].Weight;
                path[offset + i].Weight = next * (depth + 1) / ((i + 1) * one);
                next = previous - path[offset + i].Weight * zero * (depth - i) / (depth + 1);
            }
            else
            {
                path[offset + i].Weight = path[offset + i].Weight * (depth + 1) / (zero * (depth - i));
            }
        }
        for (var i = index; i < depth; i++)
        {
            path[offset + i].Feature = path[offset + i + 1].Feature;
            path[offset + i].Zero = path[offset + i + 1].Zero;
            path[offset + i].One = path[offset + i + 1].One;
        }
    }

    private static double UnwoundSum(PathElement[] path, int offset, int depth, int index)
    {
        var (one, zero) = (path[offset + index].One, path[offset + index].Zero);
        var next = path[offset + depth].Weight;
        var total = 0.0;
        for (var i = depth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                var share = next / ((i + 1) * one);
                total += share;
                next = path[offset + i].Weight - share * zero * (depth - i);
            }
            else
            {
                total += path[offset + i].Weight / (zero * (depth - i));
            }
        }
        return total * (depth + 1);
    }
}
