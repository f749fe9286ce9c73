namespace ChainGraph.Analysis.Chains;

/// <summary>
/// The result of a what-if removal: which enterprises were removed, and for every owner of the analysed chains
/// its remaining capacity and what it loses per input segment.
/// </summary>
public sealed record DisruptionImpact(IReadOnlyList<int> Removed, IReadOnlyList<OwnerImpact> Owners);

/// <summary>
/// One owner's losses. <see cref="Availability"/> (0–1) is the share of its production that can go on: the
/// scarcest of its input segments after the cascade (a Leontief view: a car needs every part).
/// </summary>
public sealed record OwnerImpact(string ChainId, int Owner, double Availability, IReadOnlyList<SegmentLoss> Losses);

/// <summary>
/// Share (0–1) of the owner's input for a segment lost: directly (removed suppliers) and after cascades (suppliers starved upstream).
/// </summary>
public sealed record SegmentLoss(int Segment, double Direct, double Cascade, bool Key);
