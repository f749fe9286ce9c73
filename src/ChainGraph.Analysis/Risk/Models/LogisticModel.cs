using System.Text.Json.Serialization;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// A logistic regression (trained by ML.NET's L-BFGS, <see cref="Learning.LogisticTrainer"/>): logit = <see cref="Intercept"/> + Σ wⱼ · (xⱼ
/// − meanⱼ) / scaleⱼ. The contribution of feature j is its term of that sum, so contributions add up to the logit exactly (the baseline is
/// the intercept, the logit of a firm with every feature at its training mean).
/// </summary>
internal sealed record LogisticModel(double Intercept, double[] Weights, Standardizer Standardizer) : IScoringModel
{
    [JsonIgnore]
    public LikelihoodModelKind Kind => LikelihoodModelKind.Logistic;

    [JsonIgnore]
    public double Baseline => Intercept;

    public double Raw(ReadOnlySpan<double> x)
    {
        var logit = Intercept;
        for (var j = 0; j < Weights.Length; j++) logit += Term(x, j);
        return logit;
    }

    public void Contributions(ReadOnlySpan<double> x, Span<double> contributions)
    {
        for (var j = 0; j < Weights.Length; j++) contributions[j] = Term(x, j);
    }

    private double Term(ReadOnlySpan<double> x, int j) => Weights[j] * Standardizer.Apply(j, x[j]);
}
