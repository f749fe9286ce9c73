using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ChainGraph.Analysis.Risk.Learning;

/// <summary>
/// The linear baseline: ML.NET's L-BFGS logistic regression on features standardised with the fit rows' means and
/// standard deviations (our <see cref="Standardizer"/>, so the weights read per standard deviation and the explanation
/// wⱼ·zⱼ adds up to the logit). The intercept is not penalised.
/// </summary>
internal static class LogisticTrainer
{
    public static TrainedLearner Fit(MLContext ml, LabelledRows fit, LogisticOptions options)
    {
        var standardizer = Standardizer.Fit(fit.Values, fit.Count, Features.FeatureCatalog.Count);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = (float)options.L2,
            L1Regularization = 0,
            OptimizationTolerance = (float)options.Tolerance,
            MaximumNumberOfIterations = options.MaxIterations,
            NumberOfThreads = 1,
            Quiet = true,
        });
        var transformer = trainer.Fit(MlData.Rows(ml, fit, standardizer));
        var linear = transformer.Model.SubModel;
        return new TrainedLearner(FromMlNet(linear, standardizer), transformer);
    }

    /// <summary>Our scoring form of ML.NET's weights (single precision, widened exactly).</summary>
    public static LogisticModel FromMlNet(LinearBinaryModelParameters linear, Standardizer standardizer) =>
        new(linear.Bias, [.. linear.Weights.Select(w => (double)w)], standardizer);
}
