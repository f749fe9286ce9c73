using System.Globalization;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// What-if for additions (issue 12 item 7): a firm from outside moves into a district (or a local firm starts serving a
/// segment). Only the touched segments are judged again — the checklist's segments the firm serves, or the one named —
/// from their supply base with the firm counted local: its supply to the city's firms becomes local supply, it becomes a
/// capable local firm. Link items are judged by the same rules and severity (<see cref="LinkAssessment.Judge"/>,
/// <see cref="ChecklistComparison"/>); a chokepoint on a touched segment gains a local substitute but stays an item
/// (the owner does not buy from the new firm yet). No whole-economy pass.
/// </summary>
public sealed class AdditionSimulator
{
    private readonly ChainIndex _index;
    private readonly LinkAssessment _assessment;
    private readonly CandidateFinder _finder;
    private readonly Func<double> _scale;

    internal AdditionSimulator(ChainIndex index, LinkAssessment assessment, CandidateFinder finder, Func<double> scale) =>
        (_index, _assessment, _finder, _scale) = (index, assessment, finder, scale);

    /// <summary>
    /// Simulates <paramref name="firm"/> in <paramref name="district"/>, serving <paramref name="segment"/> if given, against
    /// <paramref name="items"/>.
    /// </summary>
    public AdditionImpact Simulate(IReadOnlyList<ChecklistItem> items, int firm, string district, int? segment = null)
    {
        var e = _index.Enterprise(firm);
        var touched = Touched(items, firm, segment);
        var outcomes = touched.SelectMany(t => t.Items.Select(item => Outcome(item, t.Segment, firm))).ToList();
        var segments = touched.Select(t => Share(t.Segment, firm)).ToList();
        var chains = touched.Select(t => _index.SegmentChain[t.Segment])
            .Distinct()
            .Select(c => ChainShare(c, firm, touched.Select(t => t.Segment)))
            .ToList();
        return new AdditionImpact(e.Id, e.Name, _index.Locations[firm], district, segment is { } s ? _index.Segment(s).Id : null, outcomes,
            segments, chains);
    }

    /// <summary>
    /// The what-if term of a candidate's score: 1 per item resolved, ½ per item improved, ¼ per other item of the chain
    /// whose segment it serves, halved and capped at 1. A local firm counts ¼ per item it already serves.
    /// </summary>
    internal (double Value, Localized Text) Effect(IReadOnlyList<ChecklistItem> chainItems, int firm)
    {
        var outcomes = Touched(chainItems, firm, null).SelectMany(t => t.Items.Select(i => Outcome(i, t.Segment, firm).Outcome)).ToList();
        var (resolved, improved) = (outcomes.Count(o => o == AdditionOutcome.Resolved), outcomes.Count(o => o == AdditionOutcome.Improved));
        var value = Math.Min(1, (resolved + 0.5 * improved + 0.25 * (outcomes.Count - resolved - improved)) / 2);
        return _index.IsLocal(firm)
            ? (value, new($"可参与本链 {outcomes.Count} 个清单项", $"serves the segment of {Items(outcomes.Count)} of this chain"))
            : resolved + improved == 0
                ? (value, new($"迁入后本链 {outcomes.Count} 个相关清单项无明显变化",
                $"moving in would not change the related {Items(outcomes.Count)} much"))
                : (value, Helps(resolved, improved, outcomes.Count));
    }

    // "迁入可解决 1 项、改善 2 项清单问题", naming only what happens.
    private static Localized Helps(int resolved, int improved, int of)
    {
        var zh = (resolved, improved) switch
        {
            (0, _) => $"改善 {improved} 项",
            (_, 0) => $"解决 {resolved} 项",
            _ => $"解决 {resolved} 项、改善 {improved} 项",
        };
        var en = (resolved, improved) switch
        {
            (0, _) => $"improve {improved}",
            (_, 0) => $"resolve {resolved}",
            _ => $"resolve {resolved} and improve {improved}",
        };
        return new($"迁入可{zh}清单问题（共涉及 {of} 项）", $"moving in would {en} of {Items(of)}");
    }

    // The items' segments the firm serves (or the named one), with the items on each.
    private List<(int Segment, List<ChecklistItem> Items)> Touched(IReadOnlyList<ChecklistItem> items, int firm, int? segment) =>
    [
        .. items.Where(i => i.SegmentId is not null).GroupBy(i => _index.SegmentIndex(i.SegmentId!))
            .Where(g => segment is { } s ? g.Key == s : _finder.Suppliers(g.Key).Serves(firm))
            .Select(g => (g.Key, g.ToList())),
    ];

    private ItemOutcome Outcome(ChecklistItem item, int segment, int firm)
    {
        var title = PreviousItems.Title(item);
        if (item.Type is not (ChecklistItemType.Missing or ChecklistItemType.Weak))
        {
            var substitute = !item.EnterpriseIds.Contains(_index.Id(firm))
                && !(_index.IsLocal(firm) && _finder.Suppliers(segment).Serves(firm));
            return new(item.Id, title, item.Type, substitute ? AdditionOutcome.LocalSubstitute : AdditionOutcome.Unchanged, item.Severity,
                item.Severity, item.Type,
                substitute ? new("新增本地替代候选，链主尚未向其采购", "gains a local substitute; the owner does not buy from it yet")
                    : new("不变", "unchanged"));
        }
        var after = _assessment.Judge(item.ChainId, segment, Moved(segment, firm));
        if (after is null)
            return new(item.Id, title, item.Type, AdditionOutcome.Resolved, item.Severity, null, null, new("解决", "resolved"));
        var now = new LinkItems(_index, after, _scale()).Judged();
        var change = ChecklistComparison.Compare([new PreviousItem(item.Id, item.Severity, item.Type)], [now])[0];
        var improved = change.Kind == ChangeKind.Improved;
        return new(item.Id, title, item.Type, improved ? AdditionOutcome.Improved : AdditionOutcome.Unchanged, item.Severity, now.Severity,
            now.Type, Change(item, now));
    }

    // The segment's supply base with the firm counted local.
    private SegmentSupply Moved(int segment, int firm)
    {
        var before = _assessment.Supply(segment);
        var suppliers = _finder.Suppliers(segment);
        var from = _index.Locations[firm];
        if (from == Location.Local && suppliers.Serves(firm)) return before;
        var capable = suppliers.Serves(firm);
        var moved = before.DemandIsShares || before.DemandValue <= 0 ? 0 : suppliers.LocalValue(firm) / before.DemandValue;
        return before with
        {
            LocalFirms = before.LocalFirms + (from != Location.Local || !capable ? 1 : 0),
            RingFirms = before.RingFirms - (capable && from == Location.Metro ? 1 : 0),
            DomesticFirms = before.DomesticFirms - (capable && from is Location.Province or Location.Country ? 1 : 0),
            OverseasFirms = before.OverseasFirms - (capable && from == Location.Overseas ? 1 : 0),
            NearShare = Math.Min(1, before.NearShare + (from is Location.Local or Location.Metro ? 0 : moved)),
            OverseasShare = Math.Max(0, before.OverseasShare - (from == Location.Overseas ? moved : 0)),
            TopShare = suppliers.TopLocalShare(firm),
        };
    }

    private ShareChange Share(int segment, int firm)
    {
        var s = _finder.Suppliers(segment);
        var (local, overseas) = (s.LocalSupply, s.OverseasSupply);
        var moved = _index.IsLocal(firm) ? 0 : s.LocalValue(firm);
        var abroad = _index.Locations[firm] == Location.Overseas ? moved : 0;
        var segmentRecord = _index.Segment(segment);
        return new(segmentRecord.Id, segmentRecord.Name, s.LocalDemand, Ratio(local, s.LocalDemand), Ratio(local + moved, s.LocalDemand),
            Ratio(overseas, s.LocalDemand), Ratio(overseas - abroad, s.LocalDemand));
    }

    // The chain's local supply share over all its segments; only the touched ones change.
    private ShareChange ChainShare(string chainId, int firm, IEnumerable<int> touched)
    {
        var changed = touched.ToHashSet();
        double demand = 0, local = 0, overseas = 0, moved = 0, abroad = 0;
        foreach (var segment in _index.OrderedSegments[chainId])
        {
            var s = _finder.Suppliers(segment);
            (demand, local, overseas) = (demand + s.LocalDemand, local + s.LocalSupply, overseas + s.OverseasSupply);
            if (!changed.Contains(segment) || _index.IsLocal(firm)) continue;
            moved += s.LocalValue(firm);
            if (_index.Locations[firm] == Location.Overseas) abroad += s.LocalValue(firm);
        }
        var chain = _index.Chain(chainId);
        return new(chain.Id, chain.Name, demand, Ratio(local, demand), Ratio(local + moved, demand), Ratio(overseas, demand),
            Ratio(overseas - abroad, demand));
    }

    // "缺失环节 → 薄弱环节，严重度 0.71 → 0.66" (or the severity alone, marked when it moves by less than 0.05).
    private static Localized Change(ChecklistItem before, ChecklistItem after)
    {
        var severity = $"{Number(before.Severity)} → {Number(after.Severity)}";
        if (before.Type != after.Type)
            return new($"{BriefingVocabulary.Chinese(before.Type)} → {BriefingVocabulary.Chinese(after.Type)}，严重度 {severity}",
                $"{Vocabulary.Word(before.Type)} → {Vocabulary.Word(after.Type)}, severity {severity}");
        var small = Math.Abs(after.Severity - before.Severity) < ChecklistComparison.Threshold;
        return new($"严重度 {severity}{(small ? "（变化不足0.05）" : "")}", $"severity {severity}{(small ? " (less than 0.05)" : "")}");
    }

    private static string Items(int count) => count == 1 ? "1 item" : $"{count} items";

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static double Ratio(double part, double whole) => whole > 0 ? Math.Round(part / whole, 4) : 0;
}
