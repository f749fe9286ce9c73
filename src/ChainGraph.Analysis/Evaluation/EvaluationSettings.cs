namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// How the evaluation index is computed and cut into guidance classes; every threshold is a documented default the bureau
/// can change. Scores are percentiles within the peer group (0–1, higher is better), the composite their weighted mean.
/// </summary>
public sealed record EvaluationSettings
{
    public EvaluationWeights Weights { get; init; } = EvaluationWeights.Default;

    /// <summary>Peers share this many leading characters of the industry code (3: section letter + 2-digit major group, e.g. C38).</summary>
    public int IndustryPrefixLength { get; init; } = 3;

    /// <summary>Smaller peer groups fall back to the section letter, then to every evaluated firm.</summary>
    public int MinimumPeerGroup { get; init; } = 8;

    /// <summary>Evaluate only firms in the city (the policy's subjects); false evaluates every enterprise.</summary>
    public bool LocalOnly { get; init; } = true;

    /// <summary>依法淘汰 when the composite is below this and energy use is in the worst <see cref="EliminateEnergyWorst"/> of the peers.</summary>
    public double EliminateBelow { get; init; } = 0.30;

    /// <summary>Share of the peers with the highest energy use that counts as obsolete capacity (0.10: the worst decile).</summary>
    public double EliminateEnergyWorst { get; init; } = 0.10;

    /// <summary>Labour- or energy-intensive when that indicator's percentile is at most 1 − this (0.8: the most intensive fifth).</summary>
    public double IntensiveFrom { get; init; } = 0.8;

    /// <summary>总部留深 needs headquarters strength — the mean of technology, value added and tax percentiles — of at least this.</summary>
    public double HeadquartersStrength { get; init; } = 0.6;

    /// <summary>有序转移 also takes every firm whose composite is below this.</summary>
    public double TransferBelow { get; init; } = 0.4;

    /// <summary>An indicator percentile at least this is named as a strength in the reasons.</summary>
    public double StrengthFrom { get; init; } = 0.7;

    public static EvaluationSettings Default { get; } = new();
}
