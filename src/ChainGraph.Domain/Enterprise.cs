namespace ChainGraph.Domain;

/// <summary>
/// A firm, keyed by its unified social credit code. Money is in 亿元 (100 million CNY).
/// Location: <see cref="District"/> for firms inside the city, otherwise <see cref="Region"/>
/// (a province-level division) and optionally <see cref="City"/> (its prefecture-level city) for firms in China,
/// and <see cref="Country"/> (ISO 3166 alpha-2) always. <see cref="LandArea"/> is industrial land in 亩.
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
    EnterpriseStatus Status = EnterpriseStatus.Active,
    string? City = null,
    ComplianceFlags Compliance = ComplianceFlags.None,
    double? LandArea = null)
{
    /// <summary>
    /// Where the firm sits relative to the city, for the local / metro / province / country / overseas split, with the
    /// default metropolitan ring (<see cref="Geography.MetroRing"/>).
    /// </summary>
    public Location Location => Geography.Classify(District, Region, Country, City, Geography.MetroRing);

    /// <summary>The 登峰计划 tier of seed 004 §2, by annual output.</summary>
    public DengfengTier Tier => DengfengTiers.Of(AnnualOutput);
}
