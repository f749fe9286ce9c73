using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Risk.Impact;

/// <summary>
/// Structural impact of losing each enterprise of a chain, on that chain's owners: the disruption cascade of
/// <see cref="DisruptionSimulator"/> (run per enterprise on its downstream cone only), the owners' losses on their key
/// input segments weighted by their output, and the time-to-recover versus time-to-survive comparison of
/// <see cref="ImpactSettings"/>. Supply from firms that are not live (<see cref="FirmStatus"/>) counts as already lost:
/// every removal starts from the cascade's fixed point without them, owners' losses are shares of the input still
/// supplied, and inactive firms are not candidates (nor owners). Build once per <see cref="ChainAnalyzer"/>; thread-safe;
/// <see cref="Analyze"/> runs the enterprises in parallel and returns the same result every time.
/// </summary>
public sealed class ImpactAnalyzer
{
    private readonly ChainAnalyzer _analyzer;
    private readonly LossPropagator _propagator;
    private readonly ILookup<int, int> _rowsBySupplier;
    private readonly Lazy<double[]> _baseline;

    public ImpactAnalyzer(ChainAnalyzer analyzer, ImpactSettings? settings = null)
    {
        _analyzer = analyzer;
        Settings = settings ?? ImpactSettings.Default;
        _propagator = new LossPropagator(analyzer.Index.Dataset);
        var supplies = analyzer.Index.Dataset.Supplies;
        _rowsBySupplier = Enumerable.Range(0, supplies.Count).ToLookup(r => supplies.Supplier[r]);
        _baseline = new(() => _propagator.Baseline([.. Enumerable.Range(0, _propagator.EnterpriseCount)
            .Where(e => !analyzer.Status.IsLive(e))]));
    }

    public ImpactSettings Settings { get; }

    /// <summary>The impact of every member of the chain's segments (owners included: losing one loses its own output).</summary>
    public ChainImpact Analyze(string chainId, CancellationToken cancellationToken = default)
    {
        var index = _analyzer.Index;
        var baseline = _baseline.Value;
        var context = new OwnerContext(index, _propagator, chainId, Settings, _analyzer.Status, baseline);
        var candidates = index.OrderedSegments[chainId].SelectMany(index.Members)
            .Distinct()
            .Where(_analyzer.Status.IsLive)
            .Order()
            .ToArray();
        var upstream = Upstream(context.Owners.Select(o => o.Enterprise));
        var evidence = Settings.IncludeChokepoints ? ChokepointEvidence(chainId, cancellationToken) : [];
        var raw = new (double Structural, double Lost, double Ttr, double? Tts, OwnerExposure[] Owners)[candidates.Length];
        var workspaces = new ThreadLocal<LossPropagator.Workspace>(() => new LossPropagator.Workspace(baseline));
        Parallel.For(0, candidates.Length, CallersScheduler.Loop(cancellationToken), i =>
        {
            var e = candidates[i];
            var ttr = TimeToRecover(e, chainId);
            if (!upstream[e]) { raw[i] = (0, 0, ttr, null, []); return; }
            _propagator.Remove(e, workspaces.Value!);
            raw[i] = context.Assess(e, ttr, workspaces.Value!.Availability);
        });
        workspaces.Dispose();
        var worst = raw.Length == 0 ? 0 : raw.Max(r => r.Lost);
        var impacts = candidates.Select((e, i) => new EnterpriseImpact(index.Id(e), e, chainId, raw[i].Structural, raw[i].Lost,
                worst > 0 ? raw[i].Lost / worst : 0, raw[i].Ttr, raw[i].Tts, raw[i].Tts is { } tts && raw[i].Ttr > tts, raw[i].Owners,
                evidence.TryGetValue(e, out var found) ? found : []))
            .OrderByDescending(x => x.StructuralImpact)
            .ThenByDescending(x => x.LostOutput)
            .ThenBy(x => x.EnterpriseId, StringComparer.Ordinal)
            .ToList();
        return new ChainImpact(chainId, impacts, Settings);
    }

    /// <summary>Share-weighted mean recovery days of the enterprise's supply relations in the chain.</summary>
    private double TimeToRecover(int enterprise, string chainId)
    {
        var supplies = _analyzer.Index.Dataset.Supplies;
        double weighted = 0, shares = 0;
        foreach (var r in _rowsBySupplier[enterprise])
        {
            if (_analyzer.Index.SegmentChain[supplies.Segment[r]] != chainId) continue;
            var days = supplies.RecoveryDays[r] >= 0 ? supplies.RecoveryDays[r]
                : float.IsNaN(supplies.Substitutability[r]) ? Settings.DefaultRecoveryDays : 20 + 160 * (1 - supplies.Substitutability[r]);
            var share = Math.Max(1e-6, supplies.Share[r]);
            (weighted, shares) = (weighted + share * days, shares + share);
        }
        return shares > 0 ? weighted / shares : Settings.DefaultRecoveryDays;
    }

    // Enterprises with a supply path to an owner (through any chain): only their loss can reach the owners.
    private bool[] Upstream(IEnumerable<int> owners)
    {
        var supplies = _analyzer.Index.Dataset.Supplies;
        var reached = new bool[_propagator.EnterpriseCount];
        var stack = new Stack<int>();
        foreach (var o in owners) if (!reached[o]) { reached[o] = true; stack.Push(o); }
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            foreach (var (_, from, to) in _propagator.GroupsOf(c))
            {
                for (var i = from; i < to; i++)
                {
                    var s = supplies.Supplier[_propagator.Row(i)];
                    if (reached[s]) continue;
                    reached[s] = true;
                    stack.Push(s);
                }
            }
        }
        return reached;
    }

    private Dictionary<int, IReadOnlyList<Localized>> ChokepointEvidence(string chainId, CancellationToken token)
    {
        var found = new Dictionary<int, List<Localized>>();
        foreach (var c in _analyzer.Chokepoints(chainId, token))
        {
            foreach (var e in c.Enterprises)
            {
                if (!found.TryGetValue(e, out var list)) found[e] = list = [];
                var kind = RiskWording.Chokepoint(c.Kind);
                list.Add(new($"关键卡点（{kind.Zh}）", $"{kind.En}: {c.Evidence.Explanation}"));
            }
        }
        return found.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Localized>)[.. kv.Value.Distinct()]);
    }
}
