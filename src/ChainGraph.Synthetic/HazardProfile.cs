using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// The enterprise features the disruption process reads (see <see cref="EventProcess"/>): location, sanction exposure,
/// annual output (亿元), founding date, energy use (吨标准煤/万元), supplier concentration (HHI of its own supplier
/// shares, 0–1) and status.
/// </summary>
public readonly record struct HazardProfile(
    bool Overseas,
    bool Local,
    bool SanctionExposed,
    double AnnualOutput,
    DateOnly Founded,
    double EnergyPerOutput,
    double SupplierHhi,
    EnterpriseStatus Status)
{
    /// <summary>Countries whose export controls reach the segments marked <see cref="SegmentTemplate.ExportControlled"/>.</summary>
    public static bool IsControllingCountry(string country) => country is "US" or "NL" or "JP";

    public static HazardProfile Of(Enterprise enterprise, SegmentTemplate segment, double supplierHhi) => new(
        enterprise.Location == Location.Overseas,
        enterprise.Location == Location.Local,
        segment.ExportControlled && IsControllingCountry(enterprise.Country),
        enterprise.AnnualOutput,
        enterprise.Founded ?? GenerationDates.AsOf,
        enterprise.EnergyPerOutput ?? 0,
        supplierHhi,
        enterprise.Status);
}
