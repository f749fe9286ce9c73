using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// An enterprise's evaluation: the composite <see cref="Score"/> (0–100, weighted mean of the indicator percentiles within
/// <see cref="Peers"/>), its guidance class and the reasons for it, the decisive one first. <see cref="Class"/> is null
/// for firms the classes do not apply to (closed or suspended); <see cref="Reasons"/> then says why.
/// </summary>
public sealed record EnterpriseEvaluation(
    string EnterpriseId,
    string Name,
    string? District,
    string? IndustryCode,
    PeerGroup Peers,
    IReadOnlyList<IndicatorScore> Indicators,
    double Score,
    GuidanceClass? Class,
    Protection Protection,
    IndicatorSignals Signals,
    ComplianceFlags Compliance,
    LandUse? Land,
    IReadOnlyList<Localized> Reasons)
{
    public IndicatorScore Indicator(EvaluationIndicator indicator) => Indicators.First(i => i.Indicator == indicator);
}
