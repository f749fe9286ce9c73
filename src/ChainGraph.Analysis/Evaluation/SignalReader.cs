using ChainGraph.Domain;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>Reads <see cref="IndicatorSignals"/> and land use from a firm's measures against the absolute thresholds.</summary>
internal static class SignalReader
{
    public static LandUse? Land(Enterprise firm) =>
        firm.LandArea is > 0 and var area
            ? new LandUse(area, firm.AnnualOutput * 10_000 / area, firm.Tax is { } tax ? tax * 10_000 / area : null)
            : null;

    public static IndicatorSignals Read(IReadOnlyList<IndicatorScore> scores, LandUse? land, EvaluationSettings settings)
    {
        IndicatorScore Of(EvaluationIndicator i) => scores.First(s => s.Indicator == i);
        var signals = IndicatorSignals.None;
        if (Of(EvaluationIndicator.Labour).Value >= settings.LabourIntensiveFrom) signals |= IndicatorSignals.LabourIntensive;
        if (Of(EvaluationIndicator.Energy).Value >= settings.EnergyHeavyFrom) signals |= IndicatorSignals.EnergyHeavy;
        if (land is not null && (land.OutputPerMu < settings.LowOutputPerMu || land.TaxPerMu < settings.LowTaxPerMu))
            signals |= IndicatorSignals.LandInefficient;
        var valueAdded = Of(EvaluationIndicator.ValueAdded);
        if (valueAdded.Value is { } rate && (rate < settings.LowValueAddedBelow || valueAdded.Score <= settings.LowValueAddedPercentile))
            signals |= IndicatorSignals.LowValueAdded;
        if (Of(EvaluationIndicator.Technology).Value >= settings.RdIntensiveFrom) signals |= IndicatorSignals.RdIntensive;
        return signals;
    }
}
