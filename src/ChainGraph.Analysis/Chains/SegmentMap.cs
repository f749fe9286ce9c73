using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// One segment on a chain map: who serves it and where the supply comes from.
/// <see cref="SupplyValue"/> sums annual value (万元) of the segment's supplies by the supplier's location;
/// where a segment has no values, shares of customers' input are summed instead (<see cref="ValueIsShares"/>).
/// </summary>
public sealed record SegmentMap(
    Segment Segment,
    int Position,
    IReadOnlyList<int> Enterprises,
    LocationSplit EnterpriseCounts,
    LocationSplit SupplyValue,
    bool ValueIsShares,
    int SupplyCount)
{
    /// <summary><see cref="SupplyValue"/> as fractions.</summary>
    public LocationSplit SupplyShares => SupplyValue.Shares();
}
