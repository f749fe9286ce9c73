using ChainGraph.Domain;

namespace ChainGraph.Analysis.Owners;

/// <summary>
/// An enterprise assessed as a chain owner of <see cref="ChainId"/>: its evidence per criterion, whether it is recorded as
/// owner, its <see cref="Status"/> and its 登峰计划 tier (第2条 of the manufacturing measures, from annual output).
/// </summary>
public sealed record OwnerCandidate(
    string EnterpriseId,
    string Name,
    string ChainId,
    IReadOnlyList<string> SegmentIds,
    bool Recorded,
    bool Local,
    double AnnualOutput,
    DengfengTier Tier,
    OwnerStatus Status,
    IReadOnlyList<CriterionEvidence> Evidence)
{
    public int CriteriaMet => Evidence.Count(e => e.Met);

    public bool Qualifies => Local && Evidence.All(e => e.Met);

    /// <summary>The criteria it fails, for the review of a recorded owner.</summary>
    public IReadOnlyList<CriterionEvidence> Failed => [.. Evidence.Where(e => !e.Met)];
}
