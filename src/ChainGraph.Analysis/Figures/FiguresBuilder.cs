using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Evaluation;

namespace ChainGraph.Analysis.Figures;

/// <summary>
/// The quarterly chain and district figures (issue 12 item 6). 本地配套率: of the local owners' and core firms' input
/// (supply rows of the chain's segments whose customer is a live local owner or core firm of that chain, from live
/// suppliers, by annual value), the share supplied from the city, and from the city and the metropolitan ring. A
/// district's figures take the rows whose customer sits in it, its firms, the checklist items naming a firm in it or
/// threatening an owner in it, and the projects led from it. Pure and deterministic.
/// </summary>
public static class FiguresBuilder
{
    /// <param name="previous">A previous checklist's items, to count changes by <see cref="ChecklistComparison"/>; null for none.</param>
    public static IReadOnlyList<AreaFigures> Chains(ChainAnalyzer analyzer, IReadOnlyList<ChecklistItem> items, EvaluationReport evaluation,
        IReadOnlyList<PreviousItem>? previous = null)
    {
        var index = analyzer.Index;
        return [.. index.Chains.Select(chain =>
        {
            var rows = LocalInputRows(analyzer, chain.Id).ToList();
            var firms = index.OrderedSegments[chain.Id].SelectMany(index.Members)
                .Distinct()
                .Where(index.IsLocal)
                .Select(e => index.Id(e));
            var current = items.Where(i => i.ChainId == chain.Id).ToList();
            var before = previous?.Where(p => ChainOf(p.Id) == chain.Id).ToList();
            var projects = index.Dataset.Projects.Where(p => p.ChainId == chain.Id);
            return Figures(chain.Id, chain.Name, Split(index, rows), firms, evaluation, current, before, projects);
        })];
    }

    /// <summary>The same figures for each of the city's districts that has a firm.</summary>
    public static IReadOnlyList<AreaFigures> Districts(ChainAnalyzer analyzer, IReadOnlyList<ChecklistItem> items,
        EvaluationReport evaluation, IReadOnlyList<PreviousItem>? previous = null)
    {
        var index = analyzer.Index;
        var rows = index.Chains.SelectMany(c => LocalInputRows(analyzer, c.Id)).ToList();
        var places = new ItemDistricts(index, items);
        var supplies = index.Dataset.Supplies;
        var all = index.Dataset.Enterprises;
        return [.. Geography.Districts.Where(d => all.District.CodeOf(d) >= 0).Select(district =>
        {
            var code = all.District.CodeOf(district);
            var firms = Enumerable.Range(0, all.Count).Where(e => all.District.Code(e) == code).Select(all.Id);
            var current = items.Where(i => places.Of(i.Id).Contains(district)).ToList();
            var before = previous?.Where(p => places.Of(p.Id).Contains(district)).ToList();
            var projects = index.Dataset.Projects.Where(p => places.DistrictOf(p.LeadEnterpriseId) == district);
            return Figures(district, district, Split(index, rows.Where(r => all.District.Code(supplies.Customer[r]) == code)),
                firms, evaluation, current, before, projects);
        })];
    }

    /// <summary>Supply rows of the chain's segments from a live supplier to a live local owner or core firm of the chain.</summary>
    public static IEnumerable<int> LocalInputRows(ChainAnalyzer analyzer, string chainId)
    {
        var (index, status, supplies) = (analyzer.Index, analyzer.Status, analyzer.Index.Dataset.Supplies);
        return index.OrderedSegments[chainId].SelectMany(index.Supplies).Where(r =>
            index.IsLocal(supplies.Customer[r]) && status.IsLive(supplies.Customer[r]) && index.IsCoreOrOwner(supplies.Customer[r], chainId)
            && status.IsLive(supplies.Supplier[r]));
    }

    private static AreaFigures Figures(string id, string name, SupplyShare supply, IEnumerable<string> firms, EvaluationReport evaluation,
        IReadOnlyList<ChecklistItem> current, IReadOnlyList<PreviousItem>? before, IEnumerable<Project> projects)
    {
        var classes = firms.Select(f => evaluation.Of(f)).OfType<EnterpriseEvaluation>().ToList();
        var byClass = Enum.GetValues<GuidanceClass>().ToDictionary(c => c, c => classes.Count(e => e.Class == c));
        var byStatus = Enum.GetValues<ProjectStatus>().ToDictionary(s => s, s => projects.Count(p => p.Status == s));
        return new AreaFigures(id, name, supply, byClass, classes.Count(e => e.Class is null), current.Count,
            before is null ? null : Count(before, current), byStatus);
    }

    private static SupplyShare Split(ChainIndex index, IEnumerable<int> rows)
    {
        var supplies = index.Dataset.Supplies;
        var split = LocationSplit.Zero;
        foreach (var r in rows) split = split.Add(index.Locations[supplies.Supplier[r]], supplies.AnnualValue[r]);
        return new SupplyShare(split);
    }

    private static ChangeCounts Count(IReadOnlyList<PreviousItem> before, IReadOnlyList<ChecklistItem> current)
    {
        var changes = ChecklistComparison.Compare(before, current);
        int Of(ChangeKind kind) => changes.Count(c => c.Kind == kind);
        return new ChangeCounts(Of(ChangeKind.New), Of(ChangeKind.Resolved), Of(ChangeKind.Improved), Of(ChangeKind.Worsened),
            Of(ChangeKind.Unchanged));
    }

    // Item ids are `link:CHAIN:SEGMENT` and `chokepoint:CHAIN:CODE[+CODE]`.
    private static string? ChainOf(string itemId) => itemId.Split(':') is { Length: >= 3 } parts ? parts[1] : null;
}
