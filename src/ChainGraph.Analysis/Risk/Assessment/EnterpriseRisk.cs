using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Impact;
using ChainGraph.Analysis.Risk.Scoring;

namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>
/// The risk an enterprise poses to one chain: <see cref="Score"/> = likelihood of disruption within the horizon ×
/// structural impact on the chain's owners, in [0, 1] — the expected share of the owners' key input lost. Both parts keep
/// their full explanations; <see cref="Factors"/> lists the main ones in words.
/// </summary>
public sealed record EnterpriseRisk(
    string EnterpriseId,
    string Name,
    int Enterprise,
    string ChainId,
    IReadOnlyList<string> SegmentIds,
    Location Location,
    LikelihoodScore? Likelihood,
    EnterpriseImpact Impact,
    double Score,
    RiskLevel Level,
    IReadOnlyList<RiskFactor> Factors)
{
    /// <summary>Probability of a disruption within the horizon (0 when the enterprise did not exist at the as-of date).</summary>
    public double Probability => Likelihood?.Probability ?? 0;
}
