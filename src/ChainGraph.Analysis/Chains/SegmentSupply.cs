namespace ChainGraph.Analysis.Chains;

/// <summary>
/// A segment's supply base and its local demand, counting live firms only. Demand is what the chain's live firms in the
/// city buy of the segment, in 万元 (or summed shares when the data has no values).
/// </summary>
/// <param name="LocalFirms">Capable firms in the city.</param>
/// <param name="RingFirms">Capable firms in the metropolitan ring.</param>
/// <param name="DomesticFirms">Capable firms elsewhere in China (province and country): domestic alternatives.</param>
/// <param name="OverseasFirms">Capable firms overseas.</param>
/// <param name="DemandValue">Local firms' input for the segment (万元, or shares).</param>
/// <param name="DemandIsShares">True when the data holds no values and <paramref name="DemandValue"/> sums shares.</param>
/// <param name="NearShare">Share (0–1) of that demand supplied from the city and the ring.</param>
/// <param name="OverseasShare">Share (0–1) of that demand supplied from overseas.</param>
/// <param name="TopShare">The largest capable local firm's share of the local firms' supply in the segment; null without values.</param>
/// <param name="LocalCustomers">Live local firms buying the segment (indices).</param>
public sealed record SegmentSupply(
    int LocalFirms,
    int RingFirms,
    int DomesticFirms,
    int OverseasFirms,
    double DemandValue,
    bool DemandIsShares,
    double NearShare,
    double OverseasShare,
    double? TopShare,
    IReadOnlyList<int> LocalCustomers)
{
    public int TotalFirms => LocalFirms + RingFirms + DomesticFirms + OverseasFirms;
}
