using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Figures;

namespace ChainGraph.Reporting;

/// <summary>
/// Builds <see cref="ChainBriefing"/>s from an analyzer and its checklist. Pure: the date, the data version and
/// the previous quarter come in, nothing is read from the clock or the disk.
/// </summary>
public sealed class BriefingBuilder(ChainAnalyzer analyzer, IReadOnlyList<ChecklistItem> checklist, DateOnly date, long dataVersion)
{
    /// <summary>Rows per table, chosen so that one chain fits on one A4 page.</summary>
    public const int RowsPerTable = 4;

    /// <summary>Recommended actions shown, most severe first (4 since each names its candidate and amount: one A4 page).</summary>
    public const int ActionRows = 4;

    private static readonly ChecklistItemType[] ChokepointTypes = [ChecklistItemType.Chokepoint, ChecklistItemType.SoleSource];

    // Every chain's figures at once (the evaluation ranks firms within their industry, city-wide), so computed once per builder.
    private readonly Lazy<IReadOnlyList<AreaFigures>> _quarterly = new(() =>
        FiguresBuilder.Chains(analyzer, checklist, EnterpriseEvaluator.Evaluate(analyzer.Index.Dataset)));

    public ChainBriefing Build(string chainId, PreviousChecklist? previous)
    {
        var map = analyzer.Map(chainId);
        var items = checklist.Where(i => i.ChainId == chainId).OrderBy(i => i.Rank).ToList();
        var links = analyzer.Links(chainId);
        var chokepoints = analyzer.Chokepoints(chainId);
        var figures = Figures(map, items, links);
        var review = previous is null
            ? null
            : new QuarterlyReview(previous.Label, ChecklistComparison.Compare(previous.ForChain(chainId), items));
        return new ChainBriefing(
            map.Chain, date, dataVersion, map,
            [.. map.Owners.Select(analyzer.Index.Enterprise)],
            chokepoints.SelectMany(c => c.Enterprises).ToHashSet(),
            figures, ChainHealth.Assess(analyzer, chainId, items),
            [.. items.Where(i => ChokepointTypes.Contains(i.Type)).Take(RowsPerTable)],
            [.. items.Where(i => i.Type == ChecklistItemType.ForeignChokepoint).Take(RowsPerTable)],
            [.. links.OrderBy(l => l.Kind).ThenBy(l => l.LocalEnterprises).Take(RowsPerTable + 1)],
            [.. items.Take(ActionRows)],
            review,
            items,
            _quarterly.Value.FirstOrDefault(f => f.Id == chainId));
    }

    private BriefingFigures Figures(ChainMap map, IReadOnlyList<ChecklistItem> items, IReadOnlyList<LinkFinding> links)
    {
        var enterprises = map.Segments.SelectMany(s => s.Enterprises).Distinct().ToList();
        var locations = analyzer.Index.Locations;
        return new BriefingFigures(
            enterprises.Count,
            enterprises.Count(e => locations[e] == Domain.Location.Local),
            map.Segments.Count,
            links.Count(l => l.Kind == LinkKind.Missing),
            links.Count(l => l.Kind == LinkKind.Weak),
            items.Count(i => ChokepointTypes.Contains(i.Type)),
            items.Count(i => i.Type == ChecklistItemType.ForeignChokepoint),
            items.Count,
            Enum.GetValues<SeverityLevel>().ToDictionary(level => level, level => items.Count(i => i.Level == level)));
    }
}
