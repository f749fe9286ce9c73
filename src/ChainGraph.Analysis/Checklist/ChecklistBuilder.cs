using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Domain;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// Turns link findings and chokepoints into ranked checklist items, each with an action and a policy
/// instrument. Chokepoints on the same enterprises (for several owners or segments) become one item.
/// </summary>
public sealed class ChecklistBuilder(ChainIndex index)
{
    public IReadOnlyList<ChecklistItem> Build(IEnumerable<LinkFinding> links, IEnumerable<Chokepoint> chokepoints)
    {
        var items = links.Select(Link).Concat(chokepoints.GroupBy(c => (c.ChainId, Key: GroupKey(c))).Select(g => Chokepoints(g.ToList())));
        return items.OrderByDescending(i => i.Severity).ThenBy(i => i.Type).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select((item, rank) => item with { Rank = rank + 1 })
            .ToList();
    }

    private ChecklistItem Link(LinkFinding finding)
    {
        var chain = index.Chain(finding.ChainId);
        var score = new SeverityScore();
        if (finding.Kind == LinkKind.Missing)
        {
            score.Add(0.6, "the segment is missing in the city");
            if (finding.Enterprises == 0) score.Add(0.2, "no enterprise serves it anywhere in the data");
        }
        else
        {
            score.Add(0.2, "the segment is weak");
            score.Add(0.25 * finding.OutsideShare, $"{LinkAssessment.Percent(finding.OutsideShare)} of its supply comes from outside the city");
            score.Add(0.1 * finding.OverseasShare, $"{LinkAssessment.Percent(finding.OverseasShare)} from overseas");
        }
        if (finding.Segment.Key) score.Add(0.2, "it is a key segment");
        var (action, instrument) = Remedy(finding);
        return new ChecklistItem($"link:{finding.ChainId}:{finding.Segment.Id}", 0, chain.Id, chain.Name, finding.Segment.Id, finding.Segment.Name, [], [],
            finding.Kind == LinkKind.Missing ? ChecklistItemType.Missing : ChecklistItemType.Weak, score.Value, SeverityLevels.Of(score.Value),
            [.. finding.Reasons, .. score.Reasons], action, instrument, [.. index.Owners[finding.ChainId].Select(o => index.Enterprise(o).Name)], []);
    }

    // A critical relation belongs with its supplier's item: stabilising the supplier is the action either way.
    private static string GroupKey(Chokepoint c) => c.Kind == ChokepointKind.Bridge ? c.Enterprises[0].ToString() : string.Join("+", c.Enterprises);

    private static (ChainAction, PolicyInstrument) Remedy(LinkFinding finding) => (finding.Kind, finding.Segment.Stage) switch
    {
        (LinkKind.Missing, Stage.Downstream) => (ChainAction.Extend, PolicyInstrument.MajorProject),
        (LinkKind.Missing, _) => (ChainAction.Fill, PolicyInstrument.MajorProject),
        (_, Stage.Upstream) => (ChainAction.Strengthen, PolicyInstrument.IndustrialFoundation),
        _ => (ChainAction.Strengthen, PolicyInstrument.TechnicalRenovation),
    };

    private ChecklistItem Chokepoints(IReadOnlyList<Chokepoint> group)
    {
        var first = group.FirstOrDefault(c => c.Kind != ChokepointKind.Bridge) ?? group[0] with { Enterprises = [group[0].Enterprises[0]] };
        var chain = index.Chain(first.ChainId);
        var foreign = first.Enterprises.Any(e => index.Locations[e] == Location.Overseas);
        var owners = index.Owners[first.ChainId];
        var largestOwner = owners.Count == 0 ? 1 : owners.Max(o => index.Enterprise(o).AnnualOutput);
        var threatened = group.Select(c => c.Dependent).Distinct().ToList();
        var ownersThreatened = threatened.Where(owners.Contains).ToList();
        var type = foreign ? ChecklistItemType.ForeignChokepoint
            : group.Any(c => c.Kind != ChokepointKind.SoleSource) ? ChecklistItemType.Chokepoint : ChecklistItemType.SoleSource;
        var segments = group.Select(c => c.Segment).Distinct().ToList();
        var score = new SeverityScore();
        var risk = group.Max(c => c.InputAtRisk);
        score.Add(0.4 * risk, $"{LinkAssessment.Percent(risk)} of the dependent input is at risk");
        var weight = threatened.Max(d => index.Enterprise(d).AnnualOutput) / Math.Max(largestOwner, 1e-9) * (ownersThreatened.Count > 0 ? 1 : 0.5);
        score.Add(0.3 * Math.Min(1, weight), ownersThreatened.Count > 0 ? $"threatens {ownersThreatened.Count} of {owners.Count} chain owners" : "threatens a core supporting enterprise");
        if (segments.Any(s => index.Segment(s).Key)) score.Add(0.15, "on a key segment");
        if (foreign) score.Add(0.15, "located overseas (卡脖子)");
        var reasons = group.Select(c => $"{Words(c.Kind)}: {c.Evidence.Explanation}").Distinct().ToList();
        var segment = index.Segment(segments[0]);
        return new ChecklistItem($"chokepoint:{first.ChainId}:{string.Join("+", first.Enterprises.Select(e => index.Enterprise(e).Id))}", 0,
            chain.Id, chain.Name, segment.Id, segment.Name,
            [.. first.Enterprises.Select(e => index.Enterprise(e).Id)], [.. first.Enterprises.Select(e => index.Enterprise(e).Name)],
            type, score.Value, SeverityLevels.Of(score.Value), [.. Summarise(reasons), .. score.Reasons], ChainAction.Stabilise, Instrument(type, segment),
            [.. threatened.Select(d => index.Enterprise(d).Name)],
            [.. group.SelectMany(c => c.Evidence.Paths).Take(3).Select(p => (IReadOnlyList<string>)p.Select(e => index.Enterprise(e).Name).ToList())]);
    }

    private static PolicyInstrument Instrument(ChecklistItemType type, Segment segment) => type switch
    {
        ChecklistItemType.ForeignChokepoint => PolicyInstrument.FirstOfKind,
        ChecklistItemType.SoleSource when segment.Stage == Stage.Upstream => PolicyInstrument.IndustrialFoundation,
        ChecklistItemType.SoleSource => PolicyInstrument.SupplyChainService,
        _ => PolicyInstrument.TechnicalRenovation,
    };

    private static IEnumerable<string> Summarise(List<string> reasons) =>
        reasons.Count <= 4 ? reasons : [.. reasons.Take(4), $"and {reasons.Count - 4} more findings on the same enterprise"];

    private static string Words(ChokepointKind kind) => kind switch
    {
        ChokepointKind.SoleSource => "sole source",
        ChokepointKind.Dominator => "single point of failure",
        ChokepointKind.Cut => "minimum cut",
        _ => "critical relation",
    };
}
