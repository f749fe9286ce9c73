using ChainGraph.Reporting;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Application.Checklists;

/// <summary>
/// A chain's health line: its grade (<c>sound</c>, <c>watch</c>, <c>warning</c>, <c>danger</c>; 良好/关注/预警/危险), the
/// evidence it rests on (<see cref="ChainHealth"/>: share of local purchasing and key segments under critical or high
/// items) with the one-sentence reason, and item counts by level.
/// </summary>
public sealed record ChainHealthSummary(string Id, string Name, HealthGrade Health, string HealthName, int Items, int Critical, int High,
    double ShareAtRisk, int KeySegmentsAtRisk, int KeySegments, Localized Why)
{
    public static ChainHealthSummary Of(ChainAnalyzer analyzer, Chain chain, IReadOnlyList<ChecklistItem> items)
    {
        var health = ChainHealth.Assess(analyzer, chain.Id, items);
        return new(chain.Id, chain.Name, health.Grade, BriefingVocabulary.Chinese(health.Grade), items.Count, health.Critical, health.High,
            Math.Round(health.ShareAtRisk, 4), health.KeySegmentsAtRisk, health.KeySegments, health.Why);
    }
}
