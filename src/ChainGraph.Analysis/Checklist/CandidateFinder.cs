using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// Finds and ranks the candidates of checklist items (docs/checklist-method.md, "Candidates"), touching only the items'
/// segments. Substitutes (chokepoints, foreign chokepoints, sole sources): live firms serving the segment other than the
/// threatened ones, local first, then the metropolitan ring, the province, the rest of China; overseas firms come last,
/// and for a foreign chokepoint only when no domestic firm serves the segment (marked). Attraction targets (missing and
/// weak links): live out-of-city firms serving the segment, domestic first, overseas marked; local expansion: live local
/// firms serving the segment. One instance per build (it caches segments); not thread-safe.
/// </summary>
internal sealed class CandidateFinder(ChainIndex index, FirmStatus status)
{
    private readonly Dictionary<int, SegmentSuppliers> _segments = [];

    /// <summary>
    /// The item's full ranked lists. With <paramref name="effect"/> (the what-if term of a firm, <see cref="AdditionSimulator"/>)
    /// the first <paramref name="refine"/> of each list by static score are scored again with it and the list re-ranked.
    /// </summary>
    public ItemCandidates For(ChecklistItem item, Func<int, (double, Localized)>? effect = null, int refine = 15)
    {
        var lists = Lists(item);
        if (effect is null) return lists;
        return new ItemCandidates(Refine(item, lists.Substitutes, effect, refine), Refine(item, lists.AttractionTargets, effect, refine),
            Refine(item, lists.LocalExpansion, effect, refine));
    }

    private ItemCandidates Lists(ChecklistItem item)
    {
        if (item.SegmentId is null) return ItemCandidates.None;
        var segment = index.SegmentIndex(item.SegmentId);
        var suppliers = Suppliers(segment);
        var scorer = new CandidateScorer(index, suppliers);
        var threatened = item.EnterpriseIds.Select(id => index.TryGetEnterprise(id, out var e) ? e : -1).ToHashSet();
        var firms = suppliers.Firms.Where(f => !threatened.Contains(f)).ToList();
        Candidate Score(int f, CandidateKind kind) => scorer.Score(f, kind);
        if (item.Type is ChecklistItemType.Missing or ChecklistItemType.Weak)
        {
            var targets = Rank(firms.Where(f => !index.IsLocal(f)).Select(f => Score(f, CandidateKind.Attract)),
                c => c.Location == Location.Overseas ? 1 : 0);
            var expansion = Rank(firms.Where(index.IsLocal).Select(f => Score(f, CandidateKind.Expand)), _ => 0);
            return new ItemCandidates([], [.. targets.Select(MarkOverseas)], expansion);
        }
        var substitutes = Rank(firms.Select(f => Score(f, CandidateKind.Substitute)), c => (int)c.Location);
        if (item.Type == ChecklistItemType.ForeignChokepoint && substitutes.Any(c => c.Location != Location.Overseas))
            substitutes = [.. substitutes.Where(c => c.Location != Location.Overseas)];
        return new ItemCandidates([.. substitutes.Select(MarkOverseas)], [], []);
    }

    // Scores the first firms again with the what-if term; the order keeps the location groups (local first, overseas last).
    private List<Candidate> Refine(ChecklistItem item, IReadOnlyList<Candidate> ranked, Func<int, (double, Localized)> effect, int count)
    {
        if (ranked.Count == 0) return [];
        var segment = index.SegmentIndex(item.SegmentId!);
        var suppliers = Suppliers(segment);
        var scorer = new CandidateScorer(index, suppliers);
        var head = ranked.Take(count).Select(c => index.TryGetEnterprise(c.EnterpriseId, out var f)
            ? Overseas(scorer.Score(f, c.Kind, effect(f)), c) : c);
        var group = ranked[0].Kind == CandidateKind.Attract
            ? (Func<Candidate, int>)(c => c.Location == Location.Overseas ? 1 : 0)
            : c => (int)c.Location;
        return [.. Rank(head, ranked[0].Kind == CandidateKind.Expand ? _ => 0 : group), .. ranked.Skip(count)];
    }

    // Keeps the overseas mark of a candidate scored again.
    private static Candidate Overseas(Candidate scored, Candidate before) =>
        before.Terms.Any(t => t.Term == "overseas") ? MarkOverseas(scored) : scored;

    /// <summary>The segment's capable live firms and their supply, built once per segment.</summary>
    public SegmentSuppliers Suppliers(int segment)
    {
        if (!_segments.TryGetValue(segment, out var suppliers))
            _segments[segment] = suppliers = new SegmentSuppliers(index, status, segment);
        return suppliers;
    }

    private static List<Candidate> Rank(IEnumerable<Candidate> candidates, Func<Candidate, int> group) =>
        [.. candidates.OrderBy(group).ThenByDescending(c => c.Score).ThenBy(c => c.EnterpriseId, StringComparer.Ordinal)];

    private static Candidate MarkOverseas(Candidate c) => c.Location != Location.Overseas ? c : c with
    {
        Terms = [.. c.Terms, new SeverityTerm("overseas", 0, new Localized("境外企业，仅在国内无合适企业时考虑",
        "overseas: only where no firm in China fits"))],
    };
}
