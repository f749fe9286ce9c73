namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Settings of the gradient-boosted trees, trained by ML.NET (<see cref="Trainer"/>; log-loss, second-order leaf values).
/// Defaults suit a few thousand to a few hundred thousand rows with a few per cent positives.
/// </summary>
public sealed record GbdtOptions
{
    public GbdtTrainer Trainer { get; init; } = GbdtTrainer.LightGbm;

    /// <summary>Most trees grown; fewer are kept when the validation loss stops improving.</summary>
    public int MaxTrees { get; init; } = 500;

    /// <summary>Shrinkage applied to every leaf value.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>Deepest split; trees have at most 2^depth leaves.</summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>Fewest (sampled) training rows in a leaf.</summary>
    public int MinLeafRows { get; init; } = 50;

    /// <summary>Smallest sum of hessians p(1 − p) in a leaf.</summary>
    public double MinChildHessian { get; init; } = 1.0;

    /// <summary>λ, the L2 penalty on leaf values: value = −G / (H + λ).</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>
    /// Fraction of rows sampled (seeded) for each tree: LightGBM's bagging fraction, FastTree's bagging example fraction.
    /// </summary>
    public double Subsample { get; init; } = 0.8;

    /// <summary>Most histogram bins per feature (quantile edges over the training rows); at most 255.</summary>
    public int MaxBins { get; init; } = 64;

    /// <summary>Stop when the validation log-loss has not improved for this many trees.</summary>
    public int EarlyStoppingRounds { get; init; } = 60;

    public static GbdtOptions Default { get; } = new();
}
