using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace ChainGraph.Analysis.Risk.Learning;

/// <summary>
/// Gradient-boosted trees trained by ML.NET — LightGBM (default) or FastTree (<see cref="GbdtOptions.Trainer"/>) — on the
/// raw features, stopping early on the validation rows. The trees are read back from ML.NET's model
/// (<see cref="TreeConverter"/>) for scoring and TreeSHAP explanations.
/// </summary>
internal static class BoostedTreesTrainer
{
    public static TrainedLearner Fit(MLContext ml, LabelledRows fit, LabelledRows validation, GbdtOptions options, int seed)
    {
        var (train, valid) = (MlData.Rows(ml, fit), MlData.Rows(ml, validation));
        return options.Trainer == GbdtTrainer.FastTree
            ? FastTree(ml, fit, train, valid, options, seed)
            : LightGbm(ml, fit, train, valid, options, seed);
    }

    /// <summary>Reads the trees out of a (re)loaded ML.NET boosted-tree transformer; covers come from the model file.</summary>
    public static RegressionTreeEnsemble Ensemble(
        ITransformer transformer) => (transformer as ISingleFeaturePredictionTransformer<object>)?.Model switch
    {
        CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> l => l.SubModel.TrainedTreeEnsemble,
        CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> f => f.SubModel.TrainedTreeEnsemble,
        var other =>
            throw new InvalidDataException(
            $"not a boosted-tree model ({other?.GetType().Name ?? transformer.GetType().Name}); retrain with `chaingraph train`"),
    };

    private static TrainedLearner LightGbm(MLContext ml, LabelledRows fit, IDataView train, IDataView valid, GbdtOptions options, int seed)
    {
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = options.MaxTrees,
            LearningRate = options.LearningRate,
            NumberOfLeaves = 1 << options.MaxDepth,
            MinimumExampleCountPerLeaf = options.MinLeafRows,
            MaximumBinCountPerFeature = options.MaxBins,
            EarlyStoppingRound = options.EarlyStoppingRounds,
            Seed = seed,
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
            Booster = new GradientBooster.Options
            {
                MaximumTreeDepth = options.MaxDepth,
                L2Regularization = options.L2,
                MinimumChildWeight = options.MinChildHessian,
                SubsampleFraction = options.Subsample,
                SubsampleFrequency = options.Subsample < 1 ? 1 : 0,
            },
        });
        var transformer = trainer.Fit(train, valid);
        return new TrainedLearner(TreeConverter.Convert(transformer.Model.SubModel.TrainedTreeEnsemble, fit), transformer);
    }

    // FastTree has no per-iteration early stopping on a validation set in its options here; it grows MaxTrees / 2 trees
    // (LightGBM stops at 60–250 of 500 on our data, bench/RESULTS.md) and bags rows like LightGBM's subsample.
    private static TrainedLearner FastTree(MLContext ml, LabelledRows fit, IDataView train, IDataView valid, GbdtOptions options, int seed)
    {
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = Math.Max(1, options.MaxTrees / 2),
            LearningRate = options.LearningRate,
            NumberOfLeaves = 1 << options.MaxDepth,
            MinimumExampleCountPerLeaf = options.MinLeafRows,
            MaximumBinCountPerFeature = options.MaxBins,
            Seed = seed,
            NumberOfThreads = 1,
            BaggingSize = options.Subsample < 1 ? 1 : 0,
            BaggingExampleFraction = options.Subsample,
        });
        var transformer = trainer.Fit(train, valid);
        return new TrainedLearner(TreeConverter.Convert(transformer.Model.SubModel.TrainedTreeEnsemble, fit), transformer);
    }
}
