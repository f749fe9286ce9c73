namespace ChainGraph.Analysis.Risk.Impact;

/// <summary>
/// What one chain owner loses if the enterprise is lost: <see cref="InputLost"/> is the share (0–1) of its input for its
/// worst-hit key segment <see cref="SegmentId"/> (after cascades; 1 with no segment when the enterprise is the owner
/// itself), <see cref="NetLoss"/> what its other suppliers cannot cover, <see cref="TimeToSurviveDays"/> how long its
/// inventory lasts, the shortest over its key inputs (null: indefinitely). <see cref="Weight"/> is its share of the owners' output.
/// </summary>
public sealed record OwnerExposure(
    string OwnerId,
    int Owner,
    double Weight,
    string? SegmentId,
    double InputLost,
    double NetLoss,
    double InventoryDays,
    double? TimeToSurviveDays);
