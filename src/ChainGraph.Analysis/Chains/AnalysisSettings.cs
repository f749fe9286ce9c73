using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// The bureau's rules (docs/checklist-method.md), configurable rather than hard-coded. The weak-link defaults here are
/// the baseline of every segment the rules file (<see cref="Baselines"/>) does not override.
/// </summary>
public sealed record AnalysisSettings
{
    /// <summary>Default baseline: a segment is weak when fewer than this many capable firms in the city serve it (N, default 3).</summary>
    public int WeakLinkMinimumLocalEnterprises { get; init; } = 3;

    /// <summary>
    /// Default baseline: a segment is weak when more than this share (0–1) of what the city's firms buy of it comes from
    /// beyond the city and the metropolitan ring (X, default 0.5).
    /// </summary>
    public double WeakLinkMaximumOutsideShare { get; init; } = 0.5;

    /// <summary>
    /// Default baseline: a segment is weak when the largest capable local firm holds more than this share of their supply (default 0.8).
    /// </summary>
    public double WeakLinkMaximumLocalTopShare { get; init; } = 0.8;

    /// <summary>A segment with at least this many capable firms in the city is never weak (default 50).</summary>
    public int StrongLocalEnterprises { get; init; } = 50;

    /// <summary>Per-segment (or per-chain) baselines from the bureau's rules file; segments not named use the defaults above.</summary>
    public SegmentBaselines Baselines { get; init; } = SegmentBaselines.Empty;

    /// <summary>The metropolitan ring (prefecture-level cities, short names): near supply, not dependence.</summary>
    public IReadOnlyList<string> MetroRing { get; init; } = Geography.MetroRing;

    /// <summary>
    /// When true a segment is missing only when neither the city nor the ring has a capable firm (default: the city alone).
    /// </summary>
    public bool MissingCountsRing { get; init; }

    /// <summary>
    /// A closure event this many months before <see cref="AsOf"/> makes a supplier's record suspect even while its status reads active.
    /// </summary>
    public int RecentClosureMonths { get; init; } = 24;

    /// <summary>The date the analysis speaks for; null means the latest event in the data (never the machine clock).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// A supplier is a sole source above this share (0–1) of a customer's remaining input for a segment (S, default 0.8).
    /// </summary>
    public double SoleSourceShare { get; init; } = 0.8;

    /// <summary>Largest vertex cut reported as a chokepoint (the issue asks for cuts of size 1–2).</summary>
    public int MaximumCutSize { get; init; } = 2;

    /// <summary>Paths kept as evidence per finding.</summary>
    public int EvidencePaths { get; init; } = 3;

    /// <summary>Substitutes, attraction targets and local expansion candidates shown on each checklist item (top N, default 5).</summary>
    public int CandidateCount { get; init; } = 5;

    public static AnalysisSettings Default { get; } = new();

    /// <summary>The baseline that applies to a segment: its own row, else its chain's, else the defaults.</summary>
    public SegmentBaseline BaselineFor(Segment segment) =>
        Baselines.Find(segment) ?? new SegmentBaseline("default", WeakLinkMinimumLocalEnterprises, 1 - WeakLinkMaximumOutsideShare,
            WeakLinkMaximumLocalTopShare, StrongLocalEnterprises);
}
