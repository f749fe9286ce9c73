namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// An enterprise's evaluation: the composite <see cref="Score"/> (0–100, weighted mean of the indicator percentiles within
/// <see cref="PeerGroup"/>), its guidance class and the reasons for it. <see cref="Class"/> is null for firms the classes do
/// not apply to (closed); <see cref="Reasons"/> then says why.
/// </summary>
public sealed record EnterpriseEvaluation(
    string EnterpriseId,
    string Name,
    string? District,
    string? IndustryCode,
    string PeerGroup,
    int PeerCount,
    IReadOnlyList<IndicatorScore> Indicators,
    double Score,
    GuidanceClass? Class,
    IReadOnlyList<string> Reasons)
{
    public IndicatorScore Indicator(EvaluationIndicator indicator) => Indicators.First(i => i.Indicator == indicator);
}
