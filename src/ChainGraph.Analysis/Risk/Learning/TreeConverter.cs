using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;
using MlTree = Microsoft.ML.Trainers.FastTree.RegressionTree;
using MlTreeEnsemble = Microsoft.ML.Trainers.FastTree.RegressionTreeEnsemble;

namespace ChainGraph.Analysis.Risk.Learning;

/// <summary>
/// ML.NET's tree ensemble in our node-array form. ML.NET numbers internal nodes 0..L−2 and names leaf k by ~k in the child
/// arrays; ours keeps both in one array (internal nodes first, leaf k at L−1+k). Tree weights are folded into the leaf
/// values and the bias into the base score, so <see cref="TreeEnsemble.Raw"/> is ML.NET's score. TreeSHAP needs each
/// node's cover, which ML.NET does not keep: it is counted by passing the fit rows through the trees, and stored.
/// </summary>
internal static class TreeConverter
{
    /// <summary>Converts a freshly trained ensemble, counting covers over <paramref name="coverRows"/>.</summary>
    public static TreeEnsemble Convert(MlTreeEnsemble ensemble, LabelledRows coverRows) =>
        new(ensemble.Bias, [.. ensemble.Trees.Select((tree, t) => WithCovers(Shape(tree, ensemble.TreeWeights[t]), coverRows))]);

    /// <summary>Converts a reloaded ensemble with the covers stored beside it.</summary>
    public static TreeEnsemble Convert(MlTreeEnsemble ensemble, IReadOnlyList<double[]> covers)
    {
        if (covers.Count != ensemble.Trees.Count)
            throw new InvalidDataException("the model file's tree covers do not match its trees; retrain with `chaingraph train`");
        return new(ensemble.Bias, [.. ensemble.Trees.Select((tree, t) => Shape(tree, ensemble.TreeWeights[t]) with { Cover = covers[t] })]);
    }

    private static RegressionTree Shape(MlTree tree, double weight)
    {
        var internalNodes = tree.NumberOfLeaves - 1;
        var count = internalNodes + tree.NumberOfLeaves;
        var (feature, threshold, left, right, value) = (new int[count], new double[count], new int[count], new int[count],
            new double[count]);
        int Index(int child) => child >= 0 ? child : internalNodes + ~child;
        for (var node = 0; node < internalNodes; node++)
        {
            feature[node] = tree.NumericalSplitFeatureIndexes[node];
            threshold[node] = tree.NumericalSplitThresholds[node];
            (left[node], right[node]) = (Index(tree.LeftChild[node]), Index(tree.RightChild[node]));
        }
        for (var leaf = 0; leaf < tree.NumberOfLeaves; leaf++)
        {
            (feature[internalNodes + leaf], left[internalNodes + leaf], right[internalNodes + leaf]) = (-1, -1, -1);
            value[internalNodes + leaf] = weight * tree.LeafValues[leaf];
        }
        return new RegressionTree(feature, threshold, left, right, value, new double[count]);
    }

    private static RegressionTree WithCovers(RegressionTree tree, LabelledRows rows)
    {
        var cover = new double[tree.NodeCount];
        for (var i = 0; i < rows.Count; i++)
        {
            var x = rows.Row(i);
            var node = 0;
            cover[0]++;
            while (!tree.IsLeaf(node))
            {
                node = tree.GoesLeft(node, x) ? tree.Left[node] : tree.Right[node];
                cover[node]++;
            }
        }
        return tree with { Cover = cover };
    }
}
