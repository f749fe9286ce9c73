namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>
/// A chain's risk: <see cref="Score"/> is the sum of its enterprises' scores (capped at 1), the expected share of the
/// owners' key input lost within the horizon; segments and enterprises are listed riskiest first, with the resilience
/// curves when computed. Only live firms are ranked; closed, suspended and recently closed members are in
/// <see cref="Inactive"/> (largest claimed supply first), their supply counted as already lost.
/// </summary>
public sealed record ChainRisk(
    string ChainId,
    string Name,
    double Score,
    RiskLevel Level,
    int NeedsMitigation,
    IReadOnlyList<SegmentRisk> Segments,
    IReadOnlyList<EnterpriseRisk> Enterprises,
    ResilienceSummary? Resilience,
    IReadOnlyList<InactiveFirm> Inactive);
