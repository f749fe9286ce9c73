using ChainGraph.Domain;

namespace ChainGraph.Analysis.Owners;

/// <summary>
/// Thresholds for the chain-owner criteria (第12条 of the manufacturing measures). Only the output threshold (100亿元) is in the text; the
/// others are the bureau's reading of "strong", "high" and "large", configurable, with defaults that the recorded owners of a
/// well-mapped chain meet.
/// </summary>
public sealed record OwnerCriteria
{
    /// <summary>Annual output (亿元) at least this.</summary>
    public double MinimumOutput { get; init; } = DengfengTiers.ChainOwnerMinimumOutput;

    /// <summary>System integration: buys from at least this many distinct segments of the chain.</summary>
    public int MinimumInputSegments { get; init; } = 4;

    /// <summary>Market share (0–1) at least this …</summary>
    public double MinimumMarketShare { get; init; } = 0.05;

    /// <summary>… or among this many largest firms (by output) of its segment.</summary>
    public int TopInSegment { get; init; } = 3;

    /// <summary>Pull: at least this many distinct local suppliers in the chain …</summary>
    public int MinimumLocalSuppliers { get; init; } = 5;

    /// <summary>… or at least this much annual supply value (万元) from local suppliers (default 10亿元).</summary>
    public double MinimumLocalSupplyValue { get; init; } = 100_000;

    /// <summary>Only firms in the city can be proposed (the policy supports the city's manufacturers).</summary>
    public bool RequireLocal { get; init; } = true;

    public static OwnerCriteria Default { get; } = new();
}
