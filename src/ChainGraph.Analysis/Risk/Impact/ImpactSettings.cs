namespace ChainGraph.Analysis.Risk.Impact;

/// <summary>
/// Assumptions of the time-to-recover / time-to-survive view (Simchi-Levi et al., Interfaces 2015), configurable because
/// the data holds no inventories. An owner survives a loss L of a key input for inventory ÷ net loss days, where the net
/// loss is what its other, unaffected suppliers cannot cover by surging: net = max(0, L − surge × remaining share).
/// A supplier's time to recover is the share-weighted mean of its relations' <c>recovery_days</c> (when missing:
/// 20 + 160 × (1 − substitutability), else <see cref="DefaultRecoveryDays"/>).
/// </summary>
public sealed record ImpactSettings
{
    /// <summary>Days of an input an owner holds in stock (safety stock plus pipeline), for every segment without an override.</summary>
    public double InventoryDays { get; init; } = 30;

    /// <summary>Inventory days by segment id, overriding <see cref="InventoryDays"/>.</summary>
    public IReadOnlyDictionary<string, double> SegmentInventoryDays { get; init; } = new Dictionary<string, double>();

    /// <summary>How much the unaffected suppliers of a segment can raise their deliveries, as a fraction of what they supply now.</summary>
    public double AlternateSurge { get; init; } = 0.2;

    /// <summary>Time to recover when a relation records neither recovery days nor substitutability.</summary>
    public double DefaultRecoveryDays { get; init; } = 90;

    /// <summary>Attach the chain's chokepoint findings (sole source, dominator, cut, bridge) naming the enterprise as evidence.</summary>
    public bool IncludeChokepoints { get; init; } = true;

    public static ImpactSettings Default { get; } = new();

    public double InventoryFor(string segmentId) => SegmentInventoryDays.TryGetValue(segmentId, out var days) ? days : InventoryDays;
}
