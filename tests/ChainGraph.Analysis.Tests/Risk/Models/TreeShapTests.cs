using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Tests.Risk.Models;

/// <summary>TreeSHAP against the definition: Shapley values of the cover-weighted conditional expectation, by enumerating every coalition.</summary>
public sealed class TreeShapTests
{
    private const int Features = 4;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Add_RandomTree_EqualsBruteForceShapleyValues(int seed)
    {
        var rng = new Random(seed);
        var tree = RandomTree(rng, depth: 1 + seed % 4);
        var x = Enumerable.Range(0, Features).Select(_ => rng.NextDouble()).ToArray();

        var phi = new double[Features];
        TreeShap.Add(tree, x, phi);

        var expected = BruteForce(tree, x);
        for (var j = 0; j < Features; j++) phi[j].Should().BeApproximately(expected[j], 1e-10);
        (tree.ExpectedValue() + phi.Sum()).Should().BeApproximately(tree.Predict(x), 1e-10);
    }

    [Fact]
    public void Add_FeatureUnusedByTheTree_GetsNothing()
    {
        var tree = new RegressionTree([0, -1, -1], [0.5, 0, 0], [1, -1, -1], [2, -1, -1], [0, -1.0, 2.0], [10, 4, 6]);
        var phi = new double[Features];

        TreeShap.Add(tree, [0.9, 0.1, 0.2, 0.3], phi);

        // E[f] = 0.4·(−1) + 0.6·2 = 0.8; f(x) = 2, so feature 0 gets 1.2 and the others 0.
        phi[0].Should().BeApproximately(1.2, 1e-12);
        phi[1..].Should().OnlyContain(v => v == 0);
    }

    private static double[] BruteForce(RegressionTree tree, double[] x)
    {
        var phi = new double[Features];
        for (var i = 0; i < Features; i++)
        {
            for (var mask = 0; mask < 1 << Features; mask++)
            {
                if ((mask & (1 << i)) != 0) continue;
                var size = System.Numerics.BitOperations.PopCount((uint)mask);
                var weight = Factorial(size) * Factorial(Features - size - 1) / Factorial(Features);
                phi[i] += weight * (Conditional(tree, x, mask | (1 << i), 0) - Conditional(tree, x, mask, 0));
            }
        }
        return phi;
    }

    // E[f(x) | x_S]: follow x on features in S, average the children by cover elsewhere.
    private static double Conditional(RegressionTree tree, double[] x, int known, int node)
    {
        if (tree.IsLeaf(node)) return tree.Value[node];
        var (left, right) = (tree.Left[node], tree.Right[node]);
        if ((known & (1 << tree.Feature[node])) != 0)
            return Conditional(tree, x, known, x[tree.Feature[node]] <= tree.Threshold[node] ? left : right);
        return (tree.Cover[left] * Conditional(tree, x, known, left) + tree.Cover[right] * Conditional(tree, x, known, right)) / tree.Cover[node];
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    // A full tree with repeated features along paths (the case TreeSHAP's unwinding handles) and covers that add up.
    private static RegressionTree RandomTree(Random rng, int depth)
    {
        var count = (1 << (depth + 1)) - 1;
        var (feature, threshold, left, right, value, cover) = (new int[count], new double[count], new int[count], new int[count], new double[count], new double[count]);
        for (var node = 0; node < count; node++)
        {
            var isLeaf = 2 * node + 1 >= count;
            feature[node] = isLeaf ? -1 : rng.Next(Features);
            threshold[node] = rng.NextDouble();
            (left[node], right[node]) = isLeaf ? (-1, -1) : (2 * node + 1, 2 * node + 2);
            value[node] = isLeaf ? rng.NextDouble() * 4 - 2 : 0;
            if (isLeaf) cover[node] = 1 + rng.Next(50);
        }
        for (var node = count - 1; node >= 0; node--)
        {
            if (feature[node] >= 0) cover[node] = cover[left[node]] + cover[right[node]];
        }
        return new RegressionTree(feature, threshold, left, right, value, cover);
    }
}
