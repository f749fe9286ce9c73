namespace ChainGraph.Analysis.Risk.Training;

/// <summary>What a <see cref="TrainingWindow"/> is used for.</summary>
public enum WindowRole
{
    /// <summary>Model parameters are fitted on it.</summary>
    Fit,
    /// <summary>Calibration, early stopping of the trees and the choice of the primary model.</summary>
    Calibration,
    /// <summary>Held-out metrics only; never fitted on.</summary>
    Test,
}
