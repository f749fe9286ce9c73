using System.Text.Json.Serialization;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Boosted trees: logit = <see cref="BaseScore"/> + Σ trees. Explanations are TreeSHAP values, so
/// <see cref="Baseline"/> (the base score plus each tree's expected output) plus the contributions is the logit.
/// </summary>
internal sealed record TreeEnsemble(double BaseScore, RegressionTree[] Trees) : IScoringModel
{
    private readonly Lazy<double> _baseline = new(() => BaseScore + Trees.Sum(t => t.ExpectedValue()));
    private readonly Lazy<int> _depth = new(() => Trees.Length == 0 ? 0 : Trees.Max(t => t.Depth()));

    [JsonIgnore]
    public LikelihoodModelKind Kind => LikelihoodModelKind.Gbdt;

    [JsonIgnore]
    public double Baseline => _baseline.Value;

    public double Raw(ReadOnlySpan<double> x)
    {
        var logit = BaseScore;
        foreach (var tree in Trees) logit += tree.Predict(x);
        return logit;
    }

    public void Contributions(ReadOnlySpan<double> x, Span<double> contributions)
    {
        contributions.Clear();
        var buffer = new TreeShap.Buffer(_depth.Value);
        foreach (var tree in Trees) TreeShap.Add(tree, x, contributions, buffer);
    }
}
