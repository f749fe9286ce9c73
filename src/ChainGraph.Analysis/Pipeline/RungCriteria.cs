namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// What a recognition rung asks for, as the bureau reads it; every figure is the bureau's to set. A null criterion is not
/// checked. Revenue in 亿元, shares 0–1.
/// </summary>
public sealed record RungCriteria(
    double? MinimumRdRatio = null,
    double? MinimumRevenue = null,
    int? MinimumYears = null,
    double? MinimumMarketShare = null,
    int? MaximumEmployees = null);
