using System.Text.Json.Serialization;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// One binary regression tree in parallel arrays; node 0 is the root. An internal node sends x left when
/// x[<see cref="Feature"/>] ≤ <see cref="Threshold"/>, compared in single precision as ML.NET compares (the thresholds
/// are ML.NET's singles, so the trees route every row as ML.NET does); a leaf has <see cref="Feature"/> −1 and a <see cref="Value"/>
/// (already shrunk). <see cref="Cover"/> is the number of training rows that reached each node (used by TreeSHAP).
/// </summary>
internal sealed record RegressionTree(int[] Feature, double[] Threshold, int[] Left, int[] Right, double[] Value, double[] Cover)
{
    [JsonIgnore]
    public int NodeCount => Feature.Length;

    public bool IsLeaf(int node) => Feature[node] < 0;

    public int Leaf(ReadOnlySpan<double> x)
    {
        var node = 0;
        while (!IsLeaf(node)) node = GoesLeft(node, x) ? Left[node] : Right[node];
        return node;
    }

    public bool GoesLeft(int node, ReadOnlySpan<double> x) => (float)x[Feature[node]] <= (float)Threshold[node];

    public double Predict(ReadOnlySpan<double> x) => Value[Leaf(x)];

    /// <summary>The cover-weighted mean leaf value: the tree's output when no feature is known.</summary>
    public double ExpectedValue()
    {
        var total = 0.0;
        for (var node = 0; node < NodeCount; node++)
        {
            if (IsLeaf(node)) total += Cover[node] * Value[node];
        }
        return total / Cover[0];
    }

    /// <summary>Depth of the deepest leaf (a single leaf has depth 0).</summary>
    public int Depth()
    {
        var depth = new int[NodeCount];
        var deepest = 0;
        for (var node = 0; node < NodeCount; node++)
        {
            if (IsLeaf(node)) continue;
            depth[Left[node]] = depth[Right[node]] = depth[node] + 1;
            deepest = Math.Max(deepest, depth[node] + 1);
        }
        return deepest;
    }
}
