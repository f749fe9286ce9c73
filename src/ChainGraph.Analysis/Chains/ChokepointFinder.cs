using ChainGraph.Analysis.Algorithms;
using ChainGraph.Domain;
using ChainGraph.Analysis.Graph;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Finds the chokepoints of one chain: for each owner and key segment, the dominators of the owner on its
/// upstream graph that every path from the segment's suppliers passes, else a minimum vertex cut of size 1–2,
/// the supply relations every path crosses, and sole sources of owners and core firms for every segment. Only live
/// firms (<see cref="FirmStatus"/>) count: a closed supplier's supply is already lost, so the question is what the owner
/// depends on among the suppliers that remain. The work scales with the question: the chain's graph holds only the firms
/// its relations touch, and each owner is searched on its upstream subgraph alone (at 1M firms / 10M relations, 0.2k–74k
/// firms per owner), with one cut structure shared by its key segments.
/// </summary>
public sealed class ChokepointFinder(ChainIndex index, AnalysisSettings settings, FirmStatus? status = null)
{
    private readonly FirmStatus _status = status ?? new FirmStatus(index, settings);

    public IReadOnlyList<Chokepoint> Find(string chainId, CancellationToken cancellationToken = default)
    {
        var keySegments = index.OrderedSegments[chainId].Where(s => index.Segment(s).Key).ToList();
        var suppliers = keySegments.Select(s => ChainGraphs.LiveSuppliers(index, s, _status.IsLive)).ToList();
        var graph = ChainGraphs.CompactWithSegmentSources(index, chainId, keySegments, suppliers, _status.IsLive);
        var owners = index.Owners[chainId].Where(_status.IsLive).ToList();
        // Owners are independent questions on one read-only graph: searched in parallel, each on its own upstream
        // subgraph (the thread's marks array collects it), and gathered back in the owners' order.
        var perOwner = new List<Chokepoint>[owners.Count];
        Parallel.For(0, owners.Count, CallersScheduler.Loop(cancellationToken), () => NewMarks(graph.NodeCount),
            (i, _, marks) =>
            {
                var owner = graph.ToCompact(owners[i]);
                perOwner[i] = owner < 0
                    ? []
                    : OfOwner(chainId, UpstreamGraph.Of(graph, owner, marks), keySegments, suppliers, cancellationToken);
                return marks;
            },
            _ => { });
        return [.. perOwner.SelectMany(c => c), .. SoleSources(chainId, graph)];
    }

    private static int[] NewMarks(int nodeCount)
    {
        var marks = new int[nodeCount];
        Array.Fill(marks, -1);
        return marks;
    }

    private List<Chokepoint> OfOwner(string chainId, UpstreamGraph upstream, List<int> keySegments, List<List<int>> suppliers,
        CancellationToken cancellationToken)
    {
        var tree = Dominators.Compute(upstream.Suppliers, upstream.Customers, upstream.Owner, EdgeDirection.Reverse, cancellationToken);
        var paths = new Lazy<PathFinder>(() => new PathFinder(upstream.Graph), isThreadSafe: false);
        var cuts = new Lazy<VertexCutsToSink>(() => new VertexCutsToSink(upstream.Customers, upstream.Owner), isThreadSafe: false);
        var found = new List<Chokepoint>();
        for (var k = 0; k < keySegments.Count; k++)
        {
            var reaching = Reaching(upstream, suppliers[k]);
            if (reaching.Count == 0) continue;
            var source = upstream.ToLocal(index.Dataset.Enterprises.Count + k);
            var question = new OwnerSegment(chainId, upstream, tree, paths, cuts, keySegments[k], source, reaching);
            found.AddRange(Structural(question, cancellationToken));
        }
        return found;
    }

    private IEnumerable<Chokepoint> Structural(OwnerSegment q, CancellationToken token)
    {
        var (tree, owner, suppliers) = (q.Tree, q.Upstream.Owner, q.Suppliers);
        var isSupplier = suppliers.ToHashSet();
        var segmentName = index.Segment(q.Segment).Name;
        var lowest = tree.ImmediateDominator(q.Source);
        for (var v = lowest; v != owner; v = tree.ImmediateDominator(v))
        {
            var explanation = suppliers.Count == 1 && v == suppliers[0]
                ? $"the only supplier of {segmentName} that reaches {Name(q, owner)}"
                : $"every supply path from the {suppliers.Count} suppliers of {segmentName} to {Name(q, owner)} passes through it";
            var paths = q.Paths.Value;
            yield return Make(q, ChokepointKind.Dominator, [v], PathsThrough(paths, v, owner, isSupplier), explanation);
            var next = tree.ImmediateDominator(v);
            if (q.Upstream.Customers.FindSlot(v, next) >= 0 && paths.Find(v, u => u == next, EdgeDirection.Forward, v, next).Count == 0)
                yield return Make(q, ChokepointKind.Bridge, [v, next], PathsThrough(paths, v, owner, isSupplier),
                    $"every supply path from {segmentName} to {Name(q, owner)} uses the relation {Name(q, v)} → {Name(q, next)}");
        }
        if (lowest != owner) yield break;
        var cut = SmallCut(q, token);
        if (cut.Count > 0)
            yield return Make(q, ChokepointKind.Cut, cut,
                [.. cut.Select(c => PathsThrough(q.Paths.Value, c, owner, isSupplier).FirstOrDefault() ?? [])],
                $"losing {string.Join(" and ", cut.Select(c => Name(q, c)))} cuts {Name(q, owner)} off from all {suppliers.Count} suppliers of {segmentName}");
    }

    // The suppliers (other than the owner) with a path into the owner, in local ids.
    private static List<int> Reaching(UpstreamGraph upstream, List<int> suppliers)
    {
        var reaching = new List<int>();
        foreach (var s in suppliers)
        {
            var local = upstream.ToLocal(s);
            if (local >= 0 && local != upstream.Owner) reaching.Add(local);
        }
        return reaching;
    }

    // With no single dominator: a minimum vertex cut of size ≤ 2 between the segment's virtual source and the owner.
    private IReadOnlyList<int> SmallCut(OwnerSegment q, CancellationToken token)
    {
        var cut = q.Cuts.Value.Find(q.Source, settings.MaximumCutSize, token);
        return cut.Outcome == VertexCutOutcome.Found ? cut.Cut : [];
    }

    private IEnumerable<Chokepoint> SoleSources(string chainId, CompactChainGraph graph)
    {
        var supplies = index.Dataset.Supplies;
        var owners = index.Owners[chainId].Where(_status.IsLive).ToHashSet();
        var paths = new Lazy<PathFinder>(() => new PathFinder(graph.Graph), isThreadSafe: false);
        foreach (var segment in index.OrderedSegments[chainId])
        {
            var lost = LostShares(segment);
            foreach (var r in index.Supplies(segment))
            {
                var (supplier, customer) = (supplies.Supplier[r], supplies.Customer[r]);
                // Without closed suppliers a relation's share is what it is: most are below the threshold, decided before
                // two random reads of the firms' standing.
                if (lost.Count == 0 && supplies.Share[r] <= settings.SoleSourceShare) continue;
                if (!_status.IsLive(supplier) || !_status.IsLive(customer)) continue;
                var remaining = 1 - Math.Min(1, lost.GetValueOrDefault(customer));
                var share = remaining > 1e-9 ? Math.Min(1, supplies.Share[r] / remaining) : 1;
                // The share first: the membership test below looks the chain up by name, on every one of its relations.
                if (share <= settings.SoleSourceShare || !(owners.Contains(customer) || index.IsCoreOrOwner(customer, chainId)))
                    continue;
                IReadOnlyList<int> evidence = owners.Contains(customer)
                    ? [supplier, customer]
                    : [supplier, .. PathToOwner(graph, paths.Value, customer, owners)];
                var of = remaining < 1 - 1e-9
                    ? $" (of what remains after {Units.Percent(1 - remaining)} from closed or suspended suppliers)"
                    : "";
                yield return Make(chainId, segment, ChokepointKind.SoleSource, [supplier], customer, [evidence], 1,
                    $"{Name(supplier)} provides {Units.Percent(share)} of {Name(customer)}'s input for {index.Segment(segment).Name}{of}",
                    share);
            }
        }
    }

    private static IEnumerable<int> PathToOwner(CompactChainGraph graph, PathFinder paths, int customer, HashSet<int> owners) =>
        paths.Find(graph.ToCompact(customer), v => owners.Contains(graph.ToFull(v)), EdgeDirection.Forward).Select(graph.ToFull);

    // Per customer: the share of its input for the segment that came from firms that are no longer live (before capping at 1).
    private Dictionary<int, double> LostShares(int segment)
    {
        var supplies = index.Dataset.Supplies;
        var lost = new Dictionary<int, double>();
        foreach (var r in index.Supplies(segment))
        {
            if (_status.IsLive(supplies.Supplier[r])) continue;
            lost[supplies.Customer[r]] = lost.GetValueOrDefault(supplies.Customer[r]) + supplies.Share[r];
        }
        return lost;
    }

    private List<IReadOnlyList<int>> PathsThrough(PathFinder paths, int node, int owner, HashSet<int> isSupplier)
    {
        var toOwner = paths.Find(node, v => v == owner, EdgeDirection.Forward);
        var fromSupplier = isSupplier.Contains(node)
            ? [node]
            : paths.Find(node, isSupplier.Contains, EdgeDirection.Reverse).Reverse().ToList();
        if (toOwner.Count == 0 || fromSupplier.Count == 0) return [];
        return [[.. fromSupplier, .. toOwner.Skip(1)]];
    }

    private Chokepoint Make(string chainId, int segment, ChokepointKind kind, IReadOnlyList<int> enterprises, int dependent,
        IReadOnlyList<IReadOnlyList<int>> paths, int suppliers, string explanation, double inputAtRisk = 1) =>
        new(chainId, segment, kind, enterprises, dependent, enterprises.Any(e => index.Locations[e] == Location.Overseas), inputAtRisk,
            new ChokepointEvidence(paths.Take(settings.EvidencePaths).ToList(), suppliers, explanation));

    private Chokepoint Make(OwnerSegment q, ChokepointKind kind, IReadOnlyList<int> enterprises, List<IReadOnlyList<int>> paths,
        string explanation) =>
        Make(q.ChainId, q.Segment, kind, q.Upstream.ToChain(enterprises), q.Upstream.ToChain(q.Upstream.Owner),
            [.. paths.Select(q.Upstream.ToChain)], q.Suppliers.Count, explanation);

    private string Name(OwnerSegment q, int local) => Name(q.Upstream.ToChain(local));

    private string Name(int enterprise) => index.Name(enterprise);
}
