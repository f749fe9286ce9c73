namespace ChainGraph.Analysis.Chains;

/// <summary>
/// What the bureau expects of a segment's local supply base. <see cref="Source"/> names where the numbers come from
/// (<c>default</c>, or the rules file and line), so every flagged item can name its rule.
/// </summary>
/// <param name="MinimumLocalFirms">Weak below this many capable firms in the city.</param>
/// <param name="MinimumNearShare">Weak when the city and the metropolitan ring supply less than this share (0–1) of local demand.</param>
/// <param name="MaximumTopShare">Weak when the largest capable local firm holds more than this share (0–1) of the local firms'
/// supply.</param>
/// <param name="StrongLocalFirms">Never weak with at least this many capable firms in the city.</param>
public sealed record SegmentBaseline(string Source, int MinimumLocalFirms, double MinimumNearShare, double MaximumTopShare,
    int StrongLocalFirms);
