using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Risk.Training;

/// <summary>
/// How <see cref="RiskModelTrainer"/> splits time and fits. The label of a row is "had a disruption event in
/// [as-of, as-of + <see cref="HorizonMonths"/>)". The test window starts at <see cref="Cutoff"/> (default: the end of the
/// recorded history minus one horizon); training windows are the whole horizons before it, back to the start of history.
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>Start of the held-out test window; null for the end of the recorded history minus one horizon.</summary>
    public DateOnly? Cutoff { get; init; }

    /// <summary>Length of a label window in months (default 12: "a disruption within the next year").</summary>
    public int HorizonMonths { get; init; } = 12;

    /// <summary>First day of recorded history; null for the first day of the month of the first event.</summary>
    public DateOnly? HistoryStart { get; init; }

    /// <summary>Which learned models to fit (the rule baseline is always evaluated).</summary>
    public IReadOnlyList<LikelihoodModelKind> Models { get; init; } = [LikelihoodModelKind.Logistic, LikelihoodModelKind.Gbdt];

    public CalibrationMethod Calibration { get; init; } = CalibrationMethod.Platt;

    /// <summary>Seeds row sampling of the trees and, with a single training window, the calibration hold-out.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Share of enterprises held out for calibration when there is only one training window.</summary>
    public double CalibrationFraction { get; init; } = 0.25;

    public LogisticOptions Logistic { get; init; } = LogisticOptions.Default;

    public GbdtOptions Gbdt { get; init; } = GbdtOptions.Default;

    public FeatureOptions Features { get; init; } = FeatureOptions.Default;

    public static TrainingOptions Default { get; } = new();
}
