using ChainGraph.Domain;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Learning;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChainGraph.Analysis.Tests.Risk.Learning;

/// <summary>
/// The ML.NET boundary: what we read out of ML.NET's models (trees, weights, calibrators) scores as ML.NET itself scores,
/// and the explanations over it add up. Both tree trainers are checked.
/// </summary>
public sealed class MlNetModelTests
{
    private static readonly Dataset Data = SyntheticHistory.Create(firms: 1500, seed: 5);

    private static readonly Lazy<RiskModel> LightGbm = new(() => Train(GbdtTrainer.LightGbm));

    private static readonly Lazy<RiskModel> FastTree = new(() => Train(GbdtTrainer.FastTree));

    public static TheoryData<GbdtTrainer, LikelihoodModelKind> Cases => new()
    {
        { GbdtTrainer.LightGbm, LikelihoodModelKind.Gbdt },
        { GbdtTrainer.FastTree, LikelihoodModelKind.Gbdt },
        { GbdtTrainer.LightGbm, LikelihoodModelKind.Logistic },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Raw_EveryEnterprise_EqualsMlNetScore(GbdtTrainer trainer, LikelihoodModelKind kind)
    {
        var fitted = Model(trainer).Fitted(kind);
        var rows = Rows();
        var standardizer = (fitted.Model as LogisticModel)?.Standardizer;

        var scores = fitted.Learner!.Transform(MlData.Rows(new MLContext(), rows, standardizer)).GetColumn<float>(MlData.Score).ToArray();

        scores.Should().HaveCount(rows.Count);
        for (var i = 0; i < rows.Count; i++) fitted.Model.Raw(rows.Row(i)).Should().BeApproximately(scores[i], 1e-4 * (1 + Math.Abs(scores[i])));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Contributions_EveryEnterprise_AddUpToTheRawScore(GbdtTrainer trainer, LikelihoodModelKind kind)
    {
        var model = Model(trainer).Fitted(kind).Model;
        var rows = Rows();
        var phi = new double[FeatureCatalog.Count];

        for (var i = 0; i < rows.Count; i++)
        {
            model.Contributions(rows.Row(i), phi);
            (model.Baseline + phi.Sum()).Should().BeApproximately(model.Raw(rows.Row(i)), 1e-9);
        }
    }

    [Theory]
    [InlineData(GbdtTrainer.LightGbm)]
    [InlineData(GbdtTrainer.FastTree)]
    public void Convert_Covers_SplitExactlyAtEveryNode(GbdtTrainer trainer)
    {
        var trees = (TreeEnsemble)Model(trainer).Fitted(LikelihoodModelKind.Gbdt).Model;

        trees.Trees.Should().NotBeEmpty();
        foreach (var tree in trees.Trees)
        {
            tree.Cover[0].Should().Be(trees.Trees[0].Cover[0]);
            for (var node = 0; node < tree.NodeCount; node++)
            {
                if (!tree.IsLeaf(node)) tree.Cover[node].Should().Be(tree.Cover[tree.Left[node]] + tree.Cover[tree.Right[node]]);
            }
        }
    }

    [Theory]
    [InlineData(CalibrationMethod.Platt)]
    [InlineData(CalibrationMethod.Isotonic)]
    public void Apply_AnyScore_EqualsTheMlNetTransformAndIsMonotone(CalibrationMethod method)
    {
        var ml = new MLContext(1);
        var rng = new Random(3);
        var scores = Enumerable.Range(0, 2000).Select(_ => rng.NextDouble() * 6 - 5).ToArray();
        var labels = scores.Select(s => rng.NextDouble() < 1 / (1 + Math.Exp(-(2 * s + 1)))).ToArray();

        var calibrator = ScoreCalibrator.Fit(ml, method, scores, labels);

        var grid = Enumerable.Range(0, 200).Select(i => -6 + i * 0.04).ToArray();
        var viaTransform = calibrator.Transformer.Transform(MlData.Scores(ml, grid, new bool[grid.Length])).GetColumn<float>(MlData.Probability).ToArray();
        var applied = grid.Select(calibrator.Apply).ToArray();
        applied.Should().Equal(viaTransform.Select(p => (double)p));
        applied.Should().BeInAscendingOrder().And.OnlyContain(p => p >= 0 && p <= 1);
        applied[^1].Should().BeGreaterThan(applied[0] + 0.5);
    }

    private static RiskModel Model(GbdtTrainer trainer) => trainer == GbdtTrainer.FastTree ? FastTree.Value : LightGbm.Value;

    private static RiskModel Train(GbdtTrainer trainer) => RiskModelTrainer.Train(Data, TrainingOptions.Default with
    {
        Gbdt = GbdtOptions.Default with { Trainer = trainer, MaxTrees = 80, MinLeafRows = 20, LearningRate = 0.1 },
    });

    private static LabelledRows Rows()
    {
        var matrix = new FeatureBuilder(Data, FeatureOptions.Default).Build(new DateOnly(2025, 1, 1));
        var (values, _) = FeatureMatrix.Stack([matrix]);
        return new LabelledRows(values, new bool[matrix.RowCount], [.. matrix.Enterprises]);
    }
}
