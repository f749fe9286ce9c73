using ChainGraph.Reporting;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Cli.Checklist;

/// <summary>A chain's health line: its grade (<c>sound</c>, <c>watch</c>, <c>warning</c>, <c>danger</c>; 良好/关注/预警/危险) and item counts by level.</summary>
public sealed record ChainHealthSummary(string Id, string Name, HealthGrade Health, string HealthName, int Items, int Critical, int High)
{
    public static ChainHealthSummary Of(Chain chain, IReadOnlyList<ChecklistItem> items)
    {
        var grade = ChainHealth.Of(items);
        return new(chain.Id, chain.Name, grade, BriefingVocabulary.Chinese(grade), items.Count,
            items.Count(i => i.Level == SeverityLevel.Critical), items.Count(i => i.Level == SeverityLevel.High));
    }
}
