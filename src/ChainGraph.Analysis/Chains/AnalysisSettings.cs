namespace ChainGraph.Analysis.Chains;

/// <summary>
/// The bureau's rules of thumb (DOMAIN.md), configurable rather than hard-coded. Defaults are the
/// documented ones: weak below 3 local firms or above 50% outside input; sole source above 80%.
/// </summary>
public sealed record AnalysisSettings
{
    /// <summary>A segment is weak when fewer than this many in-city enterprises serve it (N, default 3).</summary>
    public int WeakLinkMinimumLocalEnterprises { get; init; } = 3;

    /// <summary>A segment is weak when more than this share (0–1) of its supply value comes from outside the city (X, default 0.5).</summary>
    public double WeakLinkMaximumOutsideShare { get; init; } = 0.5;

    /// <summary>A supplier is a sole source above this share (0–1) of a customer's input for a segment (S, default 0.8).</summary>
    public double SoleSourceShare { get; init; } = 0.8;

    /// <summary>Largest vertex cut reported as a chokepoint (the issue asks for cuts of size 1–2).</summary>
    public int MaximumCutSize { get; init; } = 2;

    /// <summary>Paths kept as evidence per finding.</summary>
    public int EvidencePaths { get; init; } = 3;

    public static AnalysisSettings Default { get; } = new();
}
