namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Fits <see cref="TreeEnsemble"/>s for the log-loss: start from the training log-odds, then add trees fitted to the
/// gradient p − y and hessian p(1 − p), each on a seeded row sample, keeping the number of trees that minimised the
/// validation log-loss (all of them without validation rows). Same data, options and seed give the same trees.
/// </summary>
internal static class GradientBoosting
{
    public static TreeEnsemble Fit(
        double[] values, int rows, bool[] labels, double[] validationValues, bool[] validationLabels,
        GbdtOptions options, int seed, CancellationToken cancellationToken = default)
    {
        var columns = values.Length / Math.Max(1, rows);
        var bins = FeatureBins.Build(values, rows, columns, options.MaxBins);
        var grower = new TreeGrower(bins, options);
        var random = new Random(seed);
        var y = labels.Select(l => l ? 1.0 : 0.0).ToArray();
        var baseScore = LogOdds.Logit(Math.Clamp(y.Average(), 1e-6, 1 - 1e-6));
        var score = Enumerable.Repeat(baseScore, rows).ToArray();
        var validation = new Validation(validationValues, validationLabels, columns, baseScore);
        var (gradient, hessian) = (new double[rows], new double[rows]);
        var trees = new List<RegressionTree>();
        var (bestLoss, bestCount) = (validation.Loss(), 0);
        var all = Enumerable.Range(0, rows).ToArray();
        for (var t = 0; t < options.MaxTrees && trees.Count - bestCount < options.EarlyStoppingRounds; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Derivatives(score, y, gradient, hessian);
            var tree = grower.Grow(Sample(all, options.Subsample, random), gradient, hessian);
            trees.Add(tree);
            Update(score, tree, bins);
            var loss = validation.Add(tree);
            if (validationLabels.Length == 0 || loss < bestLoss - 1e-12) (bestLoss, bestCount) = (loss, trees.Count);
        }
        return new TreeEnsemble(baseScore, [.. trees.Take(Math.Max(1, bestCount))]);
    }

    private static void Derivatives(double[] score, double[] y, double[] gradient, double[] hessian)
    {
        for (var i = 0; i < score.Length; i++)
        {
            var p = LogOdds.Sigmoid(score[i]);
            gradient[i] = p - y[i];
            hessian[i] = Math.Max(p * (1 - p), 1e-12);
        }
    }

    private static int[] Sample(int[] all, double fraction, Random random)
    {
        if (fraction >= 1) return (int[])all.Clone();
        var copy = (int[])all.Clone();
        random.Shuffle(copy);
        return copy[..Math.Max(1, (int)(copy.Length * fraction))];
    }

    // Training rows are scored through their bins, which route exactly as the real-valued thresholds do.
    private static void Update(double[] score, RegressionTree tree, FeatureBins bins)
    {
        for (var i = 0; i < score.Length; i++)
        {
            var node = 0;
            while (!tree.IsLeaf(node))
            {
                var feature = tree.Feature[node];
                node = bins.Column(feature)[i] <= EdgeIndex(bins.Edges[feature], tree.Threshold[node]) ? tree.Left[node] : tree.Right[node];
            }
            score[i] += tree.Value[node];
        }
    }

    private static int EdgeIndex(double[] edges, double threshold) => Array.BinarySearch(edges, threshold);

    /// <summary>The running validation scores and their log-loss.</summary>
    private sealed class Validation(double[] values, bool[] labels, int columns, double baseScore)
    {
        private readonly double[] _score = Enumerable.Repeat(baseScore, labels.Length).ToArray();

        public double Add(RegressionTree tree)
        {
            for (var i = 0; i < _score.Length; i++) _score[i] += tree.Predict(values.AsSpan(i * columns, columns));
            return Loss();
        }

        public double Loss()
        {
            if (labels.Length == 0) return 0;
            var total = 0.0;
            for (var i = 0; i < _score.Length; i++) total += LogOdds.Softplus(_score[i]) - (labels[i] ? _score[i] : 0);
            return total / labels.Length;
        }
    }
}
