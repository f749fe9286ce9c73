namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// Where a chain's health level changes (docs/checklist-method.md), on the evidence <see cref="ChainHealth"/> measures:
/// the share (0–1) of the chain's local purchasing that lies in segments with a critical or high item, and how many key
/// segments those items touch. The bureau's to set; the defaults were read off the bundled sample's six chains.
/// </summary>
public sealed record HealthThresholds
{
    /// <summary>危险 when critical and high items hold at least this share of local purchasing (default 0.40) …</summary>
    public double DangerShare { get; init; } = 0.40;

    /// <summary>… and touch at least this many key segments (default 4).</summary>
    public int DangerKeySegments { get; init; } = 4;

    /// <summary>预警 when critical and high items hold at least this share of local purchasing (default 0.25).</summary>
    public double WarningShare { get; init; } = 0.25;

    /// <summary>关注 with any critical or high item, or when medium items hold at least this share (default 0.25); else 良好.</summary>
    public double WatchMediumShare { get; init; } = 0.25;

    public static HealthThresholds Default { get; } = new();
}
