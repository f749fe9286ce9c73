using ChainGraph.Domain;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// What the guidance rules look at for one firm: its record, scores, peers, protections (with the chains), signals and land use.
/// </summary>
internal sealed record EvaluatedFirm(
    Enterprise Firm,
    IReadOnlyList<IndicatorScore> Scores,
    double Composite,
    PeerGroup Peers,
    Protection Protection,
    IReadOnlyList<string> OwnerChains,
    IReadOnlyList<string> CoreChains,
    IndicatorSignals Signals,
    LandUse? Land)
{
    public IndicatorScore Of(EvaluationIndicator indicator) => Scores.First(s => s.Indicator == indicator);

    /// <summary>Mean percentile of technology, value added and tax: how valuable the headquarters functions are (0–1).</summary>
    public double HeadquartersStrength =>
        (Of(EvaluationIndicator.Technology).Score + Of(EvaluationIndicator.ValueAdded).Score + Of(EvaluationIndicator.Tax).Score) / 3;

    public bool Has(IndicatorSignals signal) => (Signals & signal) != 0;
}
