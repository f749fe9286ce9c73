using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Projects;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Projects;

/// <summary>
/// A project as <c>chaingraph projects --format json</c> writes it: the fields of the checklist JSON's <c>project</c>
/// (camelCase, the status as its word), plus the names a reader needs (<c>lead</c>, <c>partnerNames</c>, <c>item</c>,
/// <c>statusName</c>).
/// </summary>
public sealed record ProjectJson(string Id, string ItemId, string Item, string ChainId, string? SegmentId, string LeadEnterpriseId,
    string Lead,
    IReadOnlyList<string> Partners, IReadOnlyList<string> PartnerNames, string Goal, double Budget, double? Investment, string InstrumentId,
    double? Amount, string Status, string StatusName, string Quarter)
{
    public static ProjectJson Of(Project p, ChainIndex index, Language language) => new(
        p.Id, p.ItemId, ProjectItemTitle.Of(p.ItemId, index, language), p.ChainId, p.SegmentId, p.LeadEnterpriseId,
        ProjectsFormatter.Name(p.LeadEnterpriseId, index), p.Partners, [.. p.Partners.Select(id => ProjectsFormatter.Name(id, index))],
        p.Goal, p.Budget,
        p.Investment, p.InstrumentId, p.Amount, Vocabulary.Word(p.Status), ProjectStatusNames.Of(p.Status).In(language), p.Quarter);
}
