using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Reporting;

/// <summary>
/// What a segment's block on the briefing map says: its most severe finding (<see cref="Level"/> is null when only
/// the link rule is known, not an item's severity) and the firms of its chokepoint and sole-source items, most severe
/// first (<see cref="FirmType"/> is the type of the first).
/// </summary>
internal sealed record SegmentFinding(ChecklistItemType Kind, SeverityLevel? Level, IReadOnlyList<string> Firms,
    ChecklistItemType? FirmType)
{
    private static readonly ChecklistItemType[] FirmTypes =
        [ChecklistItemType.ForeignChokepoint, ChecklistItemType.Chokepoint, ChecklistItemType.SoleSource];

    /// <summary>
    /// Findings by segment id, from <paramref name="chainItems"/> when given, else from the items the briefing carries
    /// (its chokepoint, foreign-chokepoint and action rows), completed by its missing and weak links.
    /// </summary>
    public static IReadOnlyDictionary<string, SegmentFinding> Of(ChainBriefing briefing, IReadOnlyList<ChecklistItem>? chainItems)
    {
        var items = (chainItems ?? [.. briefing.Chokepoints, .. briefing.ForeignChokepoints, .. briefing.Actions])
            .Where(i => i.SegmentId is not null).DistinctBy(i => i.Id).ToList();
        var findings = items.GroupBy(i => i.SegmentId!)
            .ToDictionary(g => g.Key, g => From([.. g.OrderByDescending(i => i.Level).ThenByDescending(i => i.Severity)]));
        foreach (var link in briefing.Links)
        {
            findings.TryAdd(link.Segment.Id, new SegmentFinding(link.Kind == LinkKind.Missing
                ? ChecklistItemType.Missing
                : ChecklistItemType.Weak, null, [], null));
        }
        return findings;
    }

    private static SegmentFinding From(IReadOnlyList<ChecklistItem> items)
    {
        var firmItems = items.Where(i => FirmTypes.Contains(i.Type)).OrderByDescending(i => i.Severity).ToList();
        var firms = firmItems.SelectMany(i => i.EnterpriseNames).Distinct().ToList();
        return new SegmentFinding(items[0].Type, items[0].Level, firms, firmItems.FirstOrDefault()?.Type);
    }
}
