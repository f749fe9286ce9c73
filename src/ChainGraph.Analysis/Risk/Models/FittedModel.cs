using Microsoft.ML;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// A scoring model, the calibrator fitted on its held-out raw scores, and — for the learned models — the ML.NET
/// transformer it was read from (what the model file keeps; null for the rule).
/// </summary>
internal sealed record FittedModel(IScoringModel Model, Calibrator Calibrator, ITransformer? Learner)
{
    public double Probability(ReadOnlySpan<double> x) => Calibrator.Apply(Model.Raw(x));
}
