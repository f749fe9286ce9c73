namespace ChainGraph.Analysis.Risk.Models;

/// <summary>A scoring model and the calibrator fitted on its held-out raw scores.</summary>
internal sealed record FittedModel(IScoringModel Model, Calibrator Calibrator)
{
    public double Probability(ReadOnlySpan<double> x) => Calibrator.Apply(Model.Raw(x));
}
