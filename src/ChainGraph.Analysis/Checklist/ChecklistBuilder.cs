using ChainGraph.Analysis.Chains;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// Turns link findings and chokepoints into the city's ranked checklist (docs/checklist-method.md). Scope: a chokepoint
/// becomes an item only when the firm that loses input is in the city; one between two firms outside the city is
/// evidence for the local item on its customer, never an item. Chokepoints of one chain that share an enterprise
/// (several rules, owners or segments reaching the same firms) are merged into one item with their findings combined.
/// Each item then gets its candidates and its instrument's amount (<see cref="ActionPlanner"/>): the top
/// <paramref name="candidates"/> of each list, amounts from <paramref name="investments"/> (project investment by item id,
/// none by default); ranked lists are kept in <paramref name="cache"/> (a host that builds often shares one).
/// </summary>
public sealed class ChecklistBuilder(ChainIndex index, FirmStatus status, LinkAssessment assessment,
    IReadOnlyDictionary<string, ProjectInvestment>? investments = null, int candidates = 5, Func<double>? spendScale = null,
    CandidateCache? cache = null)
{
    // The largest local demand of any segment: a pass over every segment, so a host that builds often shares one.
    private readonly Func<double> _scale = spendScale ?? Once(() => SpendScale(index, assessment));
    private ActionPlanner? _planner;

    private ActionPlanner Planner =>
        _planner ??= new(index, status, assessment, _scale, investments ?? new Dictionary<string, ProjectInvestment>(), candidates,
        cache ?? new CandidateCache());

    /// <summary>An item's full ranked candidate lists, the what-if term judged against the item alone.</summary>
    public ItemCandidates Candidates(ChecklistItem item) => Candidates(item, [item]);

    /// <summary>
    /// An item's full ranked candidate lists (the item carries the top N); the what-if term against <paramref name="items"/>.
    /// </summary>
    public ItemCandidates Candidates(ChecklistItem item, IReadOnlyList<ChecklistItem> items) =>
        Planner.Candidates(item, [.. items.Where(i => i.ChainId == item.ChainId)]);

    /// <summary>What-if for additions against the checklist's items (<see cref="AdditionSimulator"/>).</summary>
    public AdditionSimulator Additions => Planner.Simulator;

    public IReadOnlyList<ChecklistItem> Build(IEnumerable<LinkFinding> links, IEnumerable<Chokepoint> chokepoints)
    {
        var scale = _scale();
        var found = chokepoints.Where(c => status.IsLive(c.Dependent) && c.Enterprises.All(status.IsLive)).ToList();
        var inScope = found.Where(c => index.IsLocal(c.Dependent)).ToList();
        var outOfScope = found.Where(c => !index.IsLocal(c.Dependent)).ToList();
        var linkItems = links.Where(HasLocalStake).Select(l => new LinkItems(index, l, scale).Build()).ToDictionary(i => i.Id);
        var chokepointItems = new List<ChecklistItem>();
        foreach (var group in Merge(inScope))
        {
            var item = new ChokepointItems(index, assessment, group, Context(group, outOfScope), scale).Build();
            if (MissingLinkOf(item, group, linkItems) is { } link) linkItems[link.Id] = Fold(link, item);
            else chokepointItems.Add(item);
        }
        return Planner.Plan([.. linkItems.Values.Concat(chokepointItems)
            .OrderByDescending(i => i.Severity).ThenBy(i => i.Type).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select((item, rank) => item with { Rank = rank + 1 })]);
    }

    // A link is the city's concern when a local owner or core firm buys the segment, or the chain has a local owner.
    private bool HasLocalStake(LinkFinding link) =>
        link.Supply.LocalCustomers.Count > 0 || index.Owners[link.ChainId].Any(o => index.IsLocal(o) && status.IsLive(o));

    // A domestic sole source or chokepoint on a segment the city lacks says again what the missing link says (the owner
    // buys it from outside, from few firms): it joins the missing link's item instead of standing beside it. Overseas
    // ones stay items of their own (卡脖子 calls for its own instrument).
    private ChecklistItem? MissingLinkOf(ChecklistItem item, IReadOnlyList<Chokepoint> group, Dictionary<string, ChecklistItem> links)
    {
        if (item.Type == ChecklistItemType.ForeignChokepoint) return null;
        var segments = group.Select(c => c.Segment).Distinct().ToList();
        if (segments.Count != 1) return null;
        return links.GetValueOrDefault($"link:{item.ChainId}:{index.Segment(segments[0]).Id}") is { Type: ChecklistItemType.Missing } link
            ? link
            : null;
    }

    private static ChecklistItem Fold(ChecklistItem link, ChecklistItem chokepoint) => link with
    {
        Findings = [.. link.Findings, .. chokepoint.Findings.Where(f => !link.Findings.Contains(f))],
        OwnersThreatened = [.. link.OwnersThreatened.Union(chokepoint.OwnersThreatened)],
        EvidencePaths = [.. link.EvidencePaths, .. chokepoint.EvidencePaths],
    };

    // Union-find over one chain's chokepoints: two merge when their enterprises meet (a relation counts by its supplier).
    private static IEnumerable<IReadOnlyList<Chokepoint>> Merge(IReadOnlyList<Chokepoint> chokepoints)
    {
        var parent = Enumerable.Range(0, chokepoints.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var owner = new Dictionary<(string, int), int>();
        for (var i = 0; i < chokepoints.Count; i++)
        {
            foreach (var e in Subjects(chokepoints[i]))
            {
                if (owner.TryGetValue((chokepoints[i].ChainId, e), out var j)) parent[Root(i)] = Root(j);
                else owner[(chokepoints[i].ChainId, e)] = i;
            }
        }
        return Enumerable.Range(0, chokepoints.Count)
            .GroupBy(Root)
            .Select(g => (IReadOnlyList<Chokepoint>)[.. g.Select(i => chokepoints[i])]);
    }

    /// <summary>The enterprises a chokepoint is about: a critical relation is about its supplier.</summary>
    internal static IReadOnlyList<int> Subjects(Chokepoint c) => c.Kind == ChokepointKind.Bridge ? [c.Enterprises[0]] : c.Enterprises;

    // Out-of-scope chokepoints on a customer that is one of this item's enterprises: evidence upstream of it.
    private static List<Chokepoint> Context(IReadOnlyList<Chokepoint> group, List<Chokepoint> outOfScope)
    {
        var subjects = group.SelectMany(Subjects).ToHashSet();
        return [.. outOfScope.Where(c => c.ChainId == group[0].ChainId && subjects.Contains(c.Dependent))];
    }

    private static Func<double> Once(Func<double> compute)
    {
        var value = new Lazy<double>(compute);
        return () => value.Value;
    }

    // The largest local demand of any segment: spend is normalised against it (log scale) over the whole dataset, so an
    // item's severity does not depend on which chains were asked for.
    internal static double SpendScale(ChainIndex index, LinkAssessment assessment)
    {
        var demands = index.Chains.SelectMany(c => index.OrderedSegments[c.Id].Select(assessment.DemandValue));
        return Math.Max(1, demands.DefaultIfEmpty(0).Max());
    }
}
