using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// The bundled sample: the six chain templates populated with about <see cref="TargetEnterprises"/> firms in plausible
/// geography, their chain owners, cross-chain memberships, multi-tier supply relations and a disruption history
/// drawn by <see cref="EventProcess"/>. Deterministic for a given <see cref="Random"/> seed.
/// </summary>
public sealed class ShenzhenPreset
{
    public const int TargetEnterprises = 4_500;

    /// <summary>A closure this recent may not have reached the register yet (see <see cref="RecordLagChance"/>).</summary>
    public const int RecordLagDays = 180;

    /// <summary>
    /// Chance that a firm closed within <see cref="RecordLagDays"/> still reads <c>active</c>: deliberate, so the
    /// checklist's "verify the supply record" list (核实供应记录) has cases to find.
    /// </summary>
    public const double RecordLagChance = 0.5;

    /// <summary>
    /// Firms this large (亿元, the chain-owner threshold) never join a second chain, so no car maker is a chip-chain owner candidate.
    /// </summary>
    private const double CrossMembershipMaximumOutput = DengfengTiers.ChainOwnerMinimumOutput;

    private readonly Random rng;
    private readonly TemplateGraph graph = new(ChainTemplates.All);
    private readonly EnterpriseFactory factory;
    private readonly List<Enterprise> firms = [];
    private readonly List<int> primarySegment = [];
    private readonly List<List<int>> members;
    private readonly List<List<int>> segmentsOf = [];
    private readonly Dictionary<(int Firm, int Segment), SegmentRole> roles = [];
    private readonly HashSet<int> owners = [];
    private readonly HashSet<int> chainLeaders = [];
    private readonly HashSet<(int Owner, int Segment)> forcedSole = [];

    private ShenzhenPreset(Random rng)
    {
        this.rng = rng;
        factory = new EnterpriseFactory(rng);
        members = [.. graph.Segments.Select(_ => new List<int>())];
    }

    public static SyntheticDataset Generate(Random rng) => new ShenzhenPreset(rng).Build();

    private SyntheticDataset Build()
    {
        PlaceFirms();
        AddCrossMemberships();
        ChooseSoleSources();
        var supplies = new SupplyPlanner(rng, graph, firms, members, segmentsOf, owners).Plan(forcedSole);
        MarkCoreSuppliers(supplies);
        ClearCoreCompliance();
        var events = Events(supplies);
        return new SyntheticDataset(
            [.. graph.Chains.Select(c => c.ToChain())],
            [.. graph.Segments.Select(s => s.ToSegment())],
            [.. graph.Chains.SelectMany(c => c.Links)],
            firms,
            Memberships(),
            [.. supplies.Select(s => s.Row)],
            events);
    }

    private void PlaceFirms()
    {
        var totalWeight = graph.Segments.Sum(s => s.Weight);
        for (var s = 0; s < graph.Segments.Count; s++)
        {
            var segment = graph.Segments[s];
            var specs = graph.Chains[graph.ChainOf[s]].Owners.Where(o => o.SegmentId == segment.Id).ToList();
            var count = Math.Max(3, (int)Math.Round((double)TargetEnterprises * segment.Weight / totalWeight));
            var market = count * segment.Profile.MedianOutput * 5 + specs.Sum(o => o.AnnualOutput) * 1.5;
            foreach (var spec in specs) AddOwner(s, spec, market);
            for (var i = specs.Count; i < count; i++) Add(s, factory.Create(segment, DrawSite(s, i), null, market), SegmentRole.Supplier);
        }
    }

    private void AddOwner(int segment, OwnerSpec spec, double market)
    {
        var template = graph.Segments[segment];
        if (graph.Chains[graph.ChainOf[segment]].Owners[0] == spec) chainLeaders.Add(firms.Count);
        Add(segment, factory.Create(template, SiteSampler.Local(rng, template, spec.District), spec.AnnualOutput, market),
            SegmentRole.Owner);
    }

    private Site DrawSite(int segment, int index)
    {
        var template = graph.Segments[segment];
        var localSoFar = members[segment].Count(e => firms[e].Location == Location.Local);
        var cap = template.Mix.LocalCap;
        // A weak link keeps at least one local firm, so it stays weak rather than becoming missing by chance.
        return SiteSampler.Sample(rng, template, localAllowed: cap is null || localSoFar < cap, forceLocal: cap > 0 && index == 0);
    }

    private void Add(int segment, Enterprise firm, SegmentRole role)
    {
        var index = firms.Count;
        firms.Add(firm);
        primarySegment.Add(segment);
        segmentsOf.Add([]);
        if (role == SegmentRole.Owner) owners.Add(index);
        Join(index, segment, role);
    }

    private void Join(int firm, int segment, SegmentRole role)
    {
        members[segment].Add(firm);
        segmentsOf[firm].Add(segment);
        roles[(firm, segment)] = role;
    }

    private void AddCrossMemberships()
    {
        foreach (var cross in ChainTemplates.CrossMemberships)
        {
            var from = graph.IndexOf(cross.FromSegmentId);
            var to = graph.IndexOf(cross.ToSegmentId);
            foreach (var firm in members[from].Where(f => primarySegment[f] == from).ToList())
            {
                var breaksCap = graph.Segments[to].Mix.LocalCap is not null && firms[firm].Location == Location.Local;
                if (!breaksCap && firms[firm].AnnualOutput < CrossMembershipMaximumOutput && !roles.ContainsKey((firm, to))
                    && Variates.Chance(rng, cross.Fraction))
                    Join(firm, to, SegmentRole.Supplier);
            }
        }
    }

    /// <summary>Every chain's first owner depends on a sole source for its first key input: a single point of failure to find.</summary>
    private void ChooseSoleSources()
    {
        foreach (var owner in owners.Order())
        {
            var keyInputs = graph.Inputs(primarySegment[owner]).Where(s => graph.Segments[s].Key && members[s].Count > 0).ToList();
            if (chainLeaders.Contains(owner) && keyInputs.Count > 0) forcedSole.Add((owner, keyInputs[0]));
            foreach (var s in keyInputs.Skip(1).Where(_ => Variates.Chance(rng, 0.15))) forcedSole.Add((owner, s));
        }
    }

    private void MarkCoreSuppliers(List<PlannedSupply> supplies)
    {
        foreach (var s in supplies.Where(s => owners.Contains(s.Customer) && graph.Segments[s.Segment].Key))
        {
            if (roles[(s.Supplier, s.Segment)] == SegmentRole.Supplier) roles[(s.Supplier, s.Segment)] = SegmentRole.Core;
        }
    }

    /// <summary>A core supplier is never among the few firms with a compliance finding (the evaluation must not close one).</summary>
    private void ClearCoreCompliance()
    {
        foreach (var firm in roles.Where(r => r.Value == SegmentRole.Core).Select(r => r.Key.Firm).Distinct())
            firms[firm] = firms[firm] with { Compliance = ComplianceFlags.None };
    }

    private List<EnterpriseSegment> Memberships() =>
        [.. roles.OrderBy(r => r.Key.Firm).ThenBy(r => r.Key.Segment)
            .Select(r => new EnterpriseSegment(firms[r.Key.Firm].Id, graph.Segments[r.Key.Segment].Id, r.Value))];

    private List<DisruptionEvent> Events(List<PlannedSupply> supplies)
    {
        var hhi = SupplierConcentration.Of(firms.Count, supplies.Select(s => (s.Customer, s.Segment, s.Row.Share)));
        var events = new List<DisruptionEvent>();
        var draws = new List<EventDraw>();
        for (var f = 0; f < firms.Count; f++)
        {
            draws.Clear();
            var profile = HazardProfile.Of(firms[f], graph.Segments[primarySegment[f]], hhi[f]);
            EventProcess.Sample(rng, profile, GenerationDates.HistoryStart, GenerationDates.AsOf, 0, draws);
            StatusEvents.Reconcile(rng, profile, GenerationDates.HistoryStart, GenerationDates.AsOf, draws);
            events.AddRange(draws.Select(d => new DisruptionEvent(firms[f].Id, d.Date, d.Type, d.Severity)));
            if (ClosedRecently(draws) && Variates.Chance(rng, RecordLagChance))
                firms[f] = firms[f] with { Status = EnterpriseStatus.Active };
        }
        return events;
    }

    private static bool ClosedRecently(List<EventDraw> draws) =>
        draws.Count > 0 && draws[^1].Type == EventType.Closure && draws[^1].Date > GenerationDates.AsOf.AddDays(-RecordLagDays);
}
