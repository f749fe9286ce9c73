namespace ChainGraph.Analysis.Risk.Metrics;

/// <summary>
/// How well probabilities predicted the labels of held-out rows.
/// <see cref="RocAuc"/>: chance that a random positive scores above a random negative (ties count half; 0.5 = no skill).
/// <see cref="PrAuc"/>: average precision over the ranking (base rate = no skill).
/// <see cref="Brier"/>: mean squared error of the probabilities (lower is better; the base rate alone scores r(1 − r)).
/// <see cref="LogLoss"/>: mean negative log-likelihood. <see cref="TopDecileLift"/>: positive rate among the 10% highest
/// scores divided by the base rate.
/// </summary>
public sealed record ClassificationMetrics(
    int Rows,
    int Positives,
    double BaseRate,
    double RocAuc,
    double PrAuc,
    double Brier,
    double LogLoss,
    double TopDecileLift,
    IReadOnlyList<CalibrationBin> Calibration);
