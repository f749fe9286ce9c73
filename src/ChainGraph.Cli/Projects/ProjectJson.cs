using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Projects;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Projects;

/// <summary>
/// A project as the CLI's JSON writes it (in <c>chaingraph projects --format json</c> and as each checklist item's
/// <c>project</c>): the import file's fields in camelCase, the status as its word, plus the names a reader needs.
/// </summary>
public sealed record ProjectJson(string Id, string ItemId, string Item, string ChainId, string? SegmentId, string LeadEnterpriseId, string Lead,
    IReadOnlyList<string> Partners, IReadOnlyList<string> PartnerNames, string Goal, double Budget, double? Investment, string Instrument,
    double? Amount, string Status, string StatusName, string Quarter)
{
    public static ProjectJson Of(Project p, ChainIndex index, Language language) => new(
        p.Id, p.ItemId, ProjectItemTitle.Of(p.ItemId, index, language), p.ChainId, p.SegmentId, p.LeadEnterpriseId,
        ProjectsFormatter.Name(p.LeadEnterpriseId, index), p.Partners, [.. p.Partners.Select(id => ProjectsFormatter.Name(id, index))], p.Goal, p.Budget,
        p.Investment, p.InstrumentId, p.Amount, Vocabulary.Word(p.Status), ProjectStatusNames.Of(p.Status).In(language), p.Quarter);
}
