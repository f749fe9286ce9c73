namespace ChainGraph.Analysis.Risk.Metrics;

/// <summary>
/// One row of a calibration table: rows sorted by predicted probability and cut into equal-count bins
/// (deciles by default). A calibrated model has <see cref="MeanPredicted"/> ≈ <see cref="ObservedRate"/> in every bin.
/// </summary>
public sealed record CalibrationBin(int Bin, int Count, int Positives, double MinPredicted, double MaxPredicted, double MeanPredicted,
    double ObservedRate);
