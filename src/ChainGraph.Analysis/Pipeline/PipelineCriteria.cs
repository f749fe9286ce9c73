namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// The pipeline's thresholds, all the bureau's to set. The output tiers are the 登峰计划's (第2条 of the manufacturing
/// measures); the recognition criteria are our reading of the national and provincial rules (R&amp;D intensity, revenue,
/// years in business, market share, SME size) and the defaults are only a starting point.
/// </summary>
public sealed record PipelineCriteria
{
    /// <summary>
    /// A firm is near a rung when every criterion it misses is missed by at most this share of the threshold (default 15%).
    /// </summary>
    public double NearMargin { get; init; } = 0.15;

    /// <summary>创新型中小企业: R&amp;D ≥ 3% of revenue, a year in business, fewer than 1000 employees.</summary>
    public RungCriteria InnovativeSme { get; init; } = new(MinimumRdRatio: 0.03, MinimumYears: 1, MaximumEmployees: 1000);

    /// <summary>专精特新中小企业: R&amp;D ≥ 3%, revenue ≥ 0.1亿元 (1000万元), two years, fewer than 1000 employees.</summary>
    public RungCriteria Specialized { get; init; } = new(MinimumRdRatio: 0.03, MinimumRevenue: 0.1, MinimumYears: 2,
        MaximumEmployees: 1000);

    /// <summary>专精特新"小巨人": R&amp;D ≥ 5%, revenue ≥ 1亿元, three years, fewer than 1000 employees.</summary>
    public RungCriteria LittleGiant { get; init; } = new(MinimumRdRatio: 0.05, MinimumRevenue: 1, MinimumYears: 3, MaximumEmployees: 1000);

    /// <summary>单项冠军: market share ≥ 5%, ten years in the field, R&amp;D ≥ 3%.</summary>
    public RungCriteria Champion { get; init; } = new(MinimumRdRatio: 0.03, MinimumYears: 10, MinimumMarketShare: 0.05);

    public static PipelineCriteria Default { get; } = new();

    /// <summary>The criteria of a recognition rung.</summary>
    public RungCriteria For(PipelineRung rung) => rung switch
    {
        PipelineRung.InnovativeSme => InnovativeSme,
        PipelineRung.Specialized => Specialized,
        PipelineRung.LittleGiant => LittleGiant,
        PipelineRung.Champion => Champion,
        _ => throw new ArgumentOutOfRangeException(nameof(rung), rung, "an output tier has no recognition criteria"),
    };
}
