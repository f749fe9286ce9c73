namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// How the evaluation index is computed and cut into guidance classes; every threshold is a documented default the bureau
/// can change. Scores are percentiles within the peer group (0–1, higher is better), the composite their weighted mean.
/// Absolute thresholds stand beside the percentiles so that a firm is not called labour-intensive only because its peers
/// are lean. The defaults are a reading of the 2009 plan, not figures from it (it gives none).
/// </summary>
public sealed record EvaluationSettings
{
    public EvaluationWeights Weights { get; init; } = EvaluationWeights.Default;

    /// <summary>A peer group needs this many firms; smaller ones fall back 4-digit class → 3 → 2 → section letter → all.</summary>
    public int MinimumPeerGroup { get; init; } = 8;

    /// <summary>Evaluate only firms in the city (the policy's subjects); false evaluates every enterprise.</summary>
    public bool LocalOnly { get; init; } = true;

    /// <summary>劳动密集 from this many employees per 亿元 of output (150: output per worker below about 67万元).</summary>
    public double LabourIntensiveFrom { get; init; } = 150;

    /// <summary>能耗高 from this energy use per output, 吨标准煤/万元.</summary>
    public double EnergyHeavyFrom { get; init; } = 0.3;

    /// <summary>附加值低 below this tax / revenue …</summary>
    public double LowValueAddedBelow { get; init; } = 0.03;

    /// <summary>… or at most this percentile of the peers on value added (0.25: the bottom quarter).</summary>
    public double LowValueAddedPercentile { get; init; } = 0.25;

    /// <summary>研发密集 from this R&amp;D / revenue (0.03: the lowest bar of the national high-tech enterprise test).</summary>
    public double RdIntensiveFrom { get; init; } = 0.03;

    /// <summary>亩均产出低 below this output per 亩 (万元/亩), when the land area is known.</summary>
    public double LowOutputPerMu { get; init; } = 300;

    /// <summary>亩均税收低 below this tax per 亩 (万元/亩), when the land area and tax are known.</summary>
    public double LowTaxPerMu { get; init; } = 15;

    /// <summary>
    /// Headquarters functions are valuable when the mean of the technology, value-added and tax percentiles is at least this (and the
    /// headquarters is in the city).
    /// </summary>
    public double HeadquartersStrength { get; init; } = 0.6;

    /// <summary>An indicator (technology, value added, tax, growth) at or above this percentile is a strength …</summary>
    public double StrengthFrom { get; init; } = 0.8;

    /// <summary>… and this many strengths earn 做大做强 (the plan names firms high in technology, value added, growth and tax).</summary>
    public int StrengthsToSupport { get; init; } = 2;

    /// <summary>A composite at or above this (0–1) also earns 做大做强.</summary>
    public double SupportFrom { get; init; } = 0.6;

    public static EvaluationSettings Default { get; } = new();
}
