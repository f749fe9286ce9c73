namespace ChainGraph.Analysis.Risk.Models;

/// <summary>How a model's log-odds are mapped to probabilities on data it was not fitted on.</summary>
public enum CalibrationMethod
{
    /// <summary>Platt scaling: σ(a·logit + b), two parameters; strictly monotone, so it keeps the ranking (and the AUC).</summary>
    Platt,
    /// <summary>Isotonic regression (pool adjacent violators), interpolated between blocks; flexible, needs more positives.</summary>
    Isotonic,
}
