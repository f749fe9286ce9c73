using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// One local, active firm on one ladder: the rung it stands on (null below the first), the next rung, why it is listed
/// (<see cref="Standing"/>), the checks against the next rung (recognition) or its output against the tier, the reward the
/// rung carries (万元), and where it sits in the chains. <see cref="SubstituteFor"/>: the foreign-chokepoint ("卡脖子")
/// checklist items that name it among their substitutes, so backing it also answers them; such firms rank first, then
/// firms that serve a segment with a foreign chokepoint without being named. Output in 亿元.
/// </summary>
public sealed record PipelineEntry(
    string EnterpriseId,
    string Name,
    string? District,
    PipelineLadder Ladder,
    PipelineRung? Rung,
    PipelineRung? NextRung,
    PipelineStanding Standing,
    double AnnualOutput,
    double? PriorOutput,
    IReadOnlyList<RungCheck> Checks,
    double? Reward,
    Localized RewardBasis,
    IReadOnlyList<PipelinePlacement> Placements,
    IReadOnlyList<string> SubstituteFor,
    Localized Summary)
{
    /// <summary>Named as a substitute for at least one foreign chokepoint.</summary>
    public bool SubstituteCandidate => SubstituteFor.Count > 0;

    /// <summary>Serves a segment where the checklist has a foreign chokepoint.</summary>
    public bool ServesForeignChokepoint => Placements.Any(p => p.ForeignChokepoint);

    /// <summary>The rung the entry is about: the next rung, or the tier just crossed.</summary>
    public PipelineRung Target => Standing == PipelineStanding.Crossed ? Rung!.Value : NextRung!.Value;

    /// <summary>True when one of its segments is a key segment.</summary>
    public bool InKeySegment => Placements.Any(p => p.Key);
}
