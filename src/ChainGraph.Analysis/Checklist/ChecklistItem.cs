using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// One item of the key-chain checklist (产业链关键卡点攻关项目清单). <see cref="Id"/> is stable across quarters
/// (chain + segment for links, chain + enterprises for chokepoints) so two checklists can be compared.
/// Severity is in [0, 1] and is the sum of <see cref="Terms"/>; <see cref="Findings"/> name the rules that fired with
/// their numbers. <see cref="OwnersThreatened"/> names local firms only. The candidates and the instrument's amount say
/// what to do about it (<see cref="ActionPlanner"/>).
/// </summary>
public sealed record ChecklistItem(
    string Id,
    int Rank,
    string ChainId,
    string ChainName,
    string? SegmentId,
    string? SegmentName,
    IReadOnlyList<string> EnterpriseIds,
    IReadOnlyList<string> EnterpriseNames,
    ChecklistItemType Type,
    double Severity,
    SeverityLevel Level,
    IReadOnlyList<RuleFinding> Findings,
    IReadOnlyList<SeverityTerm> Terms,
    ChainAction Action,
    PolicyInstrument Instrument,
    IReadOnlyList<string> OwnersThreatened,
    IReadOnlyList<IReadOnlyList<string>> EvidencePaths)
{
    /// <summary>Substitute candidates (chokepoints, foreign chokepoints, sole sources), best first, the top N.</summary>
    public IReadOnlyList<Candidate> Substitutes { get; init; } = [];

    /// <summary>Attraction targets (missing and weak links): out-of-city firms, domestic first, best first, the top N.</summary>
    public IReadOnlyList<Candidate> AttractionTargets { get; init; } = [];

    /// <summary>Local firms serving the segment that could expand instead (强链 by 技术改造), best first, the top N.</summary>
    public IReadOnlyList<Candidate> LocalExpansion { get; init; } = [];

    /// <summary>
    /// The project answering the item (攻关项目, <see cref="Projects.ProjectBook.ForItem"/>); null when none was filed (未立项).
    /// </summary>
    public Project? Project { get; init; }

    /// <summary>The findings, then the severity terms, in Chinese.</summary>
    public IReadOnlyList<string> Reasons => ReasonsIn(Language.Zh);

    /// <summary>The findings, then the severity terms, in <paramref name="language"/>.</summary>
    public IReadOnlyList<string> ReasonsIn(Language language) =>
        [.. Findings.Select(f => f.Text.In(language)), .. Terms.Select(t => t.Describe(language))];
}

/// <summary>Severity bands: critical ≥ 0.75, high ≥ 0.55, medium ≥ 0.35, else low.</summary>
public enum SeverityLevel
{
    Low,
    Medium,
    High,
    Critical,
}

public static class SeverityLevels
{
    public static SeverityLevel Of(double severity) => severity switch
    {
        >= 0.75 => SeverityLevel.Critical,
        >= 0.55 => SeverityLevel.High,
        >= 0.35 => SeverityLevel.Medium,
        _ => SeverityLevel.Low,
    };
}
