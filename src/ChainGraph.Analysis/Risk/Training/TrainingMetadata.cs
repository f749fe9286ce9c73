using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Risk.Training;

/// <summary>
/// What a model was trained on and how: the dataset (store version, sizes), the recorded history, the time split with
/// each window's rows and positives, where the calibration rows came from (the calibration window, or with a single training
/// window a seeded hold-out of its enterprises), the seed and every fitting option. Enough to retrain the same model.
/// </summary>
public sealed record TrainingMetadata(
    DateTimeOffset Created,
    long DatasetVersion,
    int Enterprises,
    int Events,
    DateOnly HistoryStart,
    DateOnly HistoryEnd,
    DateOnly Cutoff,
    int HorizonMonths,
    IReadOnlyList<TrainingWindow> Windows,
    string CalibrationSource,
    int CalibrationRows,
    int CalibrationPositives,
    int Seed,
    CalibrationMethod Calibration,
    LogisticOptions Logistic,
    GbdtOptions Gbdt);
