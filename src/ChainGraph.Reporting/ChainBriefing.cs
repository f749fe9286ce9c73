using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Reporting;

/// <summary>
/// Everything one chain's security briefing (产业链安全简报) shows, computed from one dataset snapshot. Lists are
/// already cut to what fits on one A4 page; <see cref="Figures"/> are over the whole chain.
/// </summary>
/// <param name="HealthAssessment">The chain's health level with its evidence and the sentence the briefing prints.</param>
/// <param name="Review">The comparison with the previous quarter's checklist; null when there is none.</param>
/// <param name="Items">Every checklist item of the chain (the map marks each one's segment).</param>
/// <param name="Quarterly">The chain's quarterly figures (本地配套率, firms by class, projects by status); null when not computed.</param>
public sealed record ChainBriefing(
    Chain Chain,
    DateOnly Date,
    long DataVersion,
    ChainMap Map,
    IReadOnlyList<Enterprise> Owners,
    IReadOnlySet<int> ChokepointEnterprises,
    BriefingFigures Figures,
    ChainHealthAssessment HealthAssessment,
    IReadOnlyList<ChecklistItem> Chokepoints,
    IReadOnlyList<ChecklistItem> ForeignChokepoints,
    IReadOnlyList<LinkFinding> Links,
    IReadOnlyList<ChecklistItem> Actions,
    QuarterlyReview? Review,
    IReadOnlyList<ChecklistItem> Items,
    Analysis.Figures.AreaFigures? Quarterly = null)
{
    public HealthGrade Health => HealthAssessment.Grade;
}

/// <summary>The chain's headline numbers; the HTML page and the PDF show exactly these.</summary>
public sealed record BriefingFigures(
    int Enterprises,
    int LocalEnterprises,
    int Segments,
    int Missing,
    int Weak,
    int Chokepoints,
    int ForeignChokepoints,
    int ChecklistItems,
    IReadOnlyDictionary<SeverityLevel, int> ByLevel);

/// <summary>What changed since the previous quarter: new, worsened and resolved items (improved and unchanged are counted only).</summary>
public sealed record QuarterlyReview(string PreviousLabel, IReadOnlyList<ChecklistChange> Changes)
{
    public IEnumerable<ChecklistChange> Of(ChangeKind kind) => Changes.Where(c => c.Kind == kind);
}
