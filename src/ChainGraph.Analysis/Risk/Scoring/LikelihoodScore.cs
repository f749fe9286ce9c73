using System.Globalization;
using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Risk.Scoring;

/// <summary>
/// The likelihood that an enterprise is disrupted (closure, relocation, sanction, capacity cut, quality or logistics
/// event) within the horizon after the as-of date, with its explanation: <see cref="Logit"/> = <see cref="Baseline"/> +
/// Σ <see cref="Contributions"/> exactly (up to rounding), and <see cref="Probability"/> is the calibrated, monotone
/// image of the logit. Only live firms are scored (closed, suspended and recently closed
/// firms are not a forecast question).
/// </summary>
/// <param name="Contributions">Every feature's contribution, largest magnitude first.</param>
public sealed record LikelihoodScore(
    string EnterpriseId,
    int Enterprise,
    LikelihoodModelKind Model,
    double Probability,
    double Logit,
    double Baseline,
    IReadOnlyList<FeatureContribution> Contributions)
{
    /// <summary>The <paramref name="count"/> largest contributions.</summary>
    public IReadOnlyList<FeatureContribution> Top(int count) => [.. Contributions.Take(count)];

    /// <summary>A one-line reading, e.g. "4.1%: overseas +0.52, supplier_hhi +0.31, log_output −0.20".</summary>
    public string Describe(int count = 3)
    {
        var parts = Top(count).Select(c => $"{c.Feature} {c.Contribution.ToString("+0.00;−0.00", CultureInfo.InvariantCulture)}");
        return $"{Probability.ToString("0.0%", CultureInfo.InvariantCulture)}: {string.Join(", ", parts)}";
    }
}
