namespace ChainGraph.Synthetic;

/// <summary>
/// A share (0–1) of the firms of <see cref="FromSegmentId"/> that also work in <see cref="ToSegmentId"/> of another chain,
/// e.g. phone makers that are also the 终端应用 of the IC chain. This is what ties chains together.
/// </summary>
public sealed record CrossMembership(string FromSegmentId, string ToSegmentId, double Fraction);
