namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// A fitted model's raw score (log-odds for the learned models, a point count for the rule) and its additive
/// explanation: <c>Raw(x) = Baseline + Σ contributions(x)</c>, exactly up to floating-point rounding.
/// </summary>
internal interface IScoringModel
{
    LikelihoodModelKind Kind { get; }

    /// <summary>The score before any feature is known: the intercept, or the trees' expected output.</summary>
    double Baseline { get; }

    double Raw(ReadOnlySpan<double> x);

    /// <summary>Writes one signed contribution per feature into <paramref name="contributions"/>.</summary>
    void Contributions(ReadOnlySpan<double> x, Span<double> contributions);
}
