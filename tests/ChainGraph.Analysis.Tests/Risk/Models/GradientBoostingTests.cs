using ChainGraph.Analysis.Risk.Metrics;
using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Tests.Risk.Models;

public sealed class GradientBoostingTests
{
    [Fact]
    public void Fit_LabelIsAThresholdOnOneFeature_FirstTreeSplitsThereAndRanksPerfectly()
    {
        var (x, y) = ThresholdData(rows: 600, seed: 1);

        var model = GradientBoosting.Fit(x, 600, y, [], [], GbdtOptions.Default with { MaxTrees = 30, Subsample = 1 }, seed: 1);

        var root = model.Trees[0];
        root.Feature[0].Should().Be(1, "feature 1 decides the label");
        root.Threshold[0].Should().BeInRange(0.25, 0.35);
        var scores = Enumerable.Range(0, 600).Select(i => model.Raw(x.AsSpan(i * 3, 3))).ToArray();
        MetricsCalculator.RocAuc(scores, y).Should().BeGreaterThan(0.99, "only the rows inside the bin around 0.3 can be misranked");
    }

    [Fact]
    public void Fit_SameDataAndSeed_SameTrees()
    {
        var (x, y, rows, _) = LogisticRegressionTests.RandomData(seed: 9, rows: 500, columns: 4);

        var a = GradientBoosting.Fit(x, rows, y, [], [], GbdtOptions.Default with { MaxTrees = 20 }, seed: 7);
        var b = GradientBoosting.Fit(x, rows, y, [], [], GbdtOptions.Default with { MaxTrees = 20 }, seed: 7);

        a.Trees.Length.Should().Be(b.Trees.Length);
        for (var t = 0; t < a.Trees.Length; t++)
        {
            a.Trees[t].Feature.Should().Equal(b.Trees[t].Feature);
            a.Trees[t].Threshold.Should().Equal(b.Trees[t].Threshold);
            a.Trees[t].Value.Should().Equal(b.Trees[t].Value);
        }
    }

    [Fact]
    public void Fit_DepthLimit_NoTreeDeeperThanAllowed()
    {
        var (x, y, rows, _) = LogisticRegressionTests.RandomData(seed: 4, rows: 2000, columns: 5);

        var model = GradientBoosting.Fit(x, rows, y, [], [], GbdtOptions.Default with { MaxTrees = 10, MaxDepth = 2, MinLeafRows = 5 }, seed: 1);

        model.Trees.Should().OnlyContain(t => t.Depth() <= 2);
    }

    [Fact]
    public void Contributions_AnyRow_SumToTheRawScore()
    {
        var (x, y, rows, columns) = LogisticRegressionTests.RandomData(seed: 2, rows: 800, columns: 4);
        var model = GradientBoosting.Fit(x, rows, y, [], [], GbdtOptions.Default with { MaxTrees = 40, MinLeafRows = 10 }, seed: 3);
        var phi = new double[columns];

        for (var i = 0; i < rows; i += 7)
        {
            var row = x.AsSpan(i * columns, columns);
            model.Contributions(row, phi);
            (model.Baseline + phi.Sum()).Should().BeApproximately(model.Raw(row), 1e-9);
        }
    }

    [Fact]
    public void Fit_ValidationStopsImproving_KeepsTheBestNumberOfTrees()
    {
        var (x, y, rows, _) = LogisticRegressionTests.RandomData(seed: 8, rows: 400, columns: 3);
        var (vx, vy, _, _) = LogisticRegressionTests.RandomData(seed: 9, rows: 400, columns: 3);

        var model = GradientBoosting.Fit(x, rows, y, vx, vy, GbdtOptions.Default with { MaxTrees = 400, LearningRate = 0.3, MinLeafRows = 2, MinChildHessian = 0.01, EarlyStoppingRounds = 20 }, seed: 1);

        model.Trees.Length.Should().BeLessThan(400, "an overfitting learner stops early on the validation rows");
    }

    private static (double[] X, bool[] Y) ThresholdData(int rows, int seed)
    {
        var rng = new Random(seed);
        var x = new double[rows * 3];
        var y = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < 3; j++) x[i * 3 + j] = rng.NextDouble();
            y[i] = x[i * 3 + 1] > 0.3;
        }
        return (x, y);
    }
}
