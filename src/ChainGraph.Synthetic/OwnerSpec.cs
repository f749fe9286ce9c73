namespace ChainGraph.Synthetic;

/// <summary>A chain owner (链主) a template places: its segment, its annual output (亿元, ≥ 100) and its district.</summary>
public sealed record OwnerSpec(string SegmentId, double AnnualOutput, string District);
