namespace ChainGraph.Analysis.Domain;

/// <summary>
/// A firm, keyed by its unified social credit code. Money is in 亿元 (100 million CNY).
/// Location: <see cref="District"/> for firms inside the city, otherwise <see cref="Region"/>
/// (a province-level division) for firms in China, and <see cref="Country"/> (ISO 3166 alpha-2) always.
/// </summary>
public sealed record Enterprise(
    string Id,
    string Name,
    string? District,
    string? Region,
    string Country,
    string? IndustryCode,
    double AnnualOutput,
    double? Revenue = null,
    double? Tax = null,
    int? Employees = null,
    double? RdRatio = null,
    double? EnergyPerOutput = null,
    double? MarketShare = null,
    DateOnly? Founded = null,
    EnterpriseLabels Labels = EnterpriseLabels.None,
    EnterpriseStatus Status = EnterpriseStatus.Active)
{
    /// <summary>Where the firm sits relative to the city, for the local / province / country / overseas split.</summary>
    public Location Location => Geography.Classify(District, Region, Country);

    /// <summary>The 登峰计划 tier of seed 004 §2, by annual output.</summary>
    public DengfengTier Tier => DengfengTiers.Of(AnnualOutput);
}
