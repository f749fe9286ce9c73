using System.Collections.Concurrent;
using System.Globalization;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Risk.Impact;
using ChainGraph.Analysis.Risk.Scoring;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>
/// Risk = likelihood × impact, for enterprises, segments and chains of one dataset snapshot: likelihoods from a
/// <see cref="RiskModel"/> (scored once, as of the end of the recorded history unless <see cref="RiskSettings.AsOf"/>
/// says otherwise), impacts from <see cref="ImpactAnalyzer"/>, resilience from <see cref="Resilience.Curve"/>. Firms that
/// are not live (<see cref="FirmStatus"/>, the checklist's rule) are never ranked: they are listed apart
/// (<see cref="ChainRisk.Inactive"/>) with what their supply records claim and why they are suspect.
/// Thread-safe; results are immutable and the same for the same inputs.
/// </summary>
public sealed class RiskAssessor
{
    private readonly ChainAnalyzer _analyzer;
    private readonly RiskModel _model;
    private readonly Lazy<LikelihoodScores> _likelihood;
    private readonly ImpactAnalyzer _impact;
    private readonly ConcurrentDictionary<string, Lazy<ChainRisk>> _chains = new(StringComparer.Ordinal);

    public RiskAssessor(ChainAnalyzer analyzer, RiskModel model, RiskSettings? settings = null)
    {
        (_analyzer, _model) = (analyzer, model);
        Settings = settings ?? RiskSettings.Default;
        _likelihood = new(() => model.Score(analyzer.Index.Dataset, Settings.AsOf, Settings.Model,
            recentClosureMonths: analyzer.Settings.RecentClosureMonths));
        _impact = new ImpactAnalyzer(analyzer, Settings.Impact);
    }

    public RiskSettings Settings { get; }

    /// <summary>Every enterprise's likelihood of disruption, with explanations.</summary>
    public LikelihoodScores Likelihood => _likelihood.Value;

    /// <summary>Risk of the given chains (all when null), riskiest chain first.</summary>
    public RiskReport Assess(IEnumerable<string>? chainIds = null, CancellationToken cancellationToken = default)
    {
        var chains = (chainIds ?? _analyzer.Index.Chains.Select(c => c.Id))
            .Select(c => AssessChain(c, cancellationToken))
            .OrderByDescending(c => c.Score)
            .ToList();
        var likelihood = Likelihood;
        return new RiskReport(likelihood.AsOf, likelihood.HorizonMonths, likelihood.Model, _model.Evaluation(likelihood.Model),
            Settings.Levels, chains);
    }

    /// <summary>One chain's risk: its enterprises, segments and resilience. Computed once per chain and kept.</summary>
    public ChainRisk AssessChain(string chainId, CancellationToken cancellationToken = default)
    {
        if (!_analyzer.Index.HasChain(chainId)) throw new KeyNotFoundException($"unknown chain '{chainId}'");
        return _chains.GetOrAdd(chainId, id => new Lazy<ChainRisk>(() => Compute(id, cancellationToken),
            LazyThreadSafetyMode.PublicationOnly)).Value;
    }

    private ChainRisk Compute(string chainId, CancellationToken cancellationToken)
    {
        var index = _analyzer.Index;
        var impact = _impact.Analyze(chainId, cancellationToken);
        var segmentsOf = SegmentsOf(chainId);
        var enterprises = impact.Enterprises.Select(i => Enterprise(i, segmentsOf[i.Enterprise]))
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Impact.StructuralImpact)
            .ThenBy(r => r.EnterpriseId, StringComparer.Ordinal)
            .ToList();
        var segments = Segments(chainId, enterprises);
        var score = Math.Min(1, enterprises.Sum(e => e.Score));
        var resilience = Settings.IncludeResilience ? ResilienceOf(chainId, impact, cancellationToken) : null;
        return new ChainRisk(chainId, index.Chain(chainId).Name, score, Settings.Levels.Of(score),
            enterprises.Count(e => e.Impact.NeedsMitigation), segments, enterprises, resilience, Inactive(chainId, segmentsOf));
    }

    private List<InactiveFirm> Inactive(string chainId, Dictionary<int, IReadOnlyList<string>> segmentsOf)
    {
        var status = _analyzer.Status;
        var records = _analyzer.SupplyRecordsToVerify([chainId]).ToLookup(r => r.SupplierId, StringComparer.Ordinal);
        return [.. segmentsOf.Keys.Where(e => !status.IsLive(e)).Select(e =>
        {
            var firm = _analyzer.Index.Enterprise(e);
            return new InactiveFirm(firm.Id, firm.Name, e, chainId, segmentsOf[e], status.Of(e), firm.Status, status.ClosureDate(e),
                status.Reason(e), [.. records[firm.Id]]);
        })
            .OrderByDescending(f => f.ClaimedAnnualValue ?? 0)
            .ThenByDescending(f => f.Records.Count)
            .ThenBy(f => f.EnterpriseId, StringComparer.Ordinal)];
    }

    /// <summary>Why the enterprise is not ranked, when it is not live; null for a live (or unknown) enterprise.</summary>
    public Localized? InactiveReason(string enterpriseId) =>
        _analyzer.Index.TryGetEnterprise(enterpriseId, out var e) && !_analyzer.Status.IsLive(e) ? _analyzer.Status.Reason(e) : null;

    /// <summary>The enterprise's risk for every chain it serves (empty for an unknown id, and for a firm that is not live).</summary>
    public IReadOnlyList<EnterpriseRisk> AssessEnterprise(string enterpriseId, CancellationToken cancellationToken = default)
    {
        var index = _analyzer.Index;
        if (!index.TryGetEnterprise(enterpriseId, out var e) || !_analyzer.Status.IsLive(e)) return [];
        var chains = index.Chains.Select(c => c.Id).Where(c => index.OrderedSegments[c].Any(s => index.Members(s).Contains(e)));
        return [.. chains.Select(c => AssessChain(c, cancellationToken).Enterprises.First(r => r.Enterprise == e))];
    }

    private EnterpriseRisk Enterprise(EnterpriseImpact impact, IReadOnlyList<string> segments)
    {
        var firm = _analyzer.Index.Enterprise(impact.Enterprise);
        var likelihood = Likelihood.Of(impact.Enterprise);
        var score = Math.Clamp((likelihood?.Probability ?? 0) * impact.StructuralImpact, 0, 1);
        return new EnterpriseRisk(firm.Id, firm.Name, impact.Enterprise, impact.ChainId, segments, firm.Location, likelihood, impact,
            score, Settings.Levels.Of(score), Factors(likelihood, impact));
    }

    private IReadOnlyList<RiskFactor> Factors(LikelihoodScore? likelihood, EnterpriseImpact impact)
    {
        var factors = new List<RiskFactor>();
        if (likelihood is not null)
            factors.AddRange(Drivers(likelihood).Select(c => new RiskFactor("likelihood", c.Feature, c.Contribution, new(
                Text($"{RiskWording.Feature(c.Feature)} = {c.Value:0.###}，对数几率{(c.Contribution >= 0 ? "升高" : "降低")} {Math.Abs(c.Contribution):0.00}"),
                Text($"{c.Feature} = {c.Value:0.###} moves the log-odds by {c.Contribution:+0.00;-0.00}")))));
        foreach (var owner in impact.Owners.OrderByDescending(o => o.Weight * o.InputLost).Take(2))
        {
            var name = _analyzer.Index.Name(owner.Owner);
            var segment = owner.SegmentId is { } id ? _analyzer.Index.Dataset.Segments.FirstOrDefault(s => s.Id == id)?.Name ?? id : null;
            factors.Add(new RiskFactor("impact", "owner_input_lost", owner.InputLost, new(
                Text($"链主 {name}（占链主产值 {owner.Weight:0%}）损失{segment ?? "自身产出"}投入的 {owner.InputLost:0.#%}"),
                Text(
                $"owner {name} ({owner.Weight:0%} of owners' output) loses {owner.InputLost:0.#%} of {segment ?? "its own output"}"))));
        }
        if (impact.NeedsMitigation)
            factors.Add(new RiskFactor("impact", "needs_mitigation", impact.TimeToRecoverDays - impact.TimeToSurviveDays!.Value, new(
                Text($"恢复供应需 {impact.TimeToRecoverDays:0} 天，链主库存仅够 {impact.TimeToSurviveDays:0} 天"),
                Text($"recovery takes {impact.TimeToRecoverDays:0} days but the owners' stock lasts {impact.TimeToSurviveDays:0}"))));
        factors.AddRange(impact.Chokepoints.Take(2).Select(c => new RiskFactor("impact", "chokepoint", 1, c)));
        return factors;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // What raises the likelihood comes first; the largest lowering contributions only when nothing raises it.
    private IEnumerable<FeatureContribution> Drivers(LikelihoodScore likelihood)
    {
        var raising = likelihood.Contributions.Where(c => c.Contribution > 0).Take(Settings.LikelihoodFactors).ToList();
        return raising.Count > 0 ? raising : likelihood.Top(Settings.LikelihoodFactors);
    }

    private Dictionary<int, IReadOnlyList<string>> SegmentsOf(string chainId)
    {
        var index = _analyzer.Index;
        return index.OrderedSegments[chainId]
            .SelectMany(s => index.Members(s).Select(e => (e, index.Segment(s).Id)))
            .GroupBy(p => p.e)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Id).Distinct()]);
    }

    private List<SegmentRisk> Segments(string chainId, IReadOnlyList<EnterpriseRisk> enterprises)
    {
        var index = _analyzer.Index;
        return [.. index.OrderedSegments[chainId].Select(index.Segment).Select(segment =>
        {
            var members = enterprises.Where(e => e.SegmentIds.Contains(segment.Id)).ToList();
            var score = Math.Min(1, members.Sum(m => m.Score));
            return new SegmentRisk(segment.Id, segment.Name, segment.Key, members.Count, score, Settings.Levels.Of(score),
                members.Count(m => m.Impact.NeedsMitigation), [.. members.Take(3).Where(m => m.Score > 0).Select(m => m.EnterpriseId)]);
        }).OrderByDescending(s => s.Score)];
    }

    private ResilienceSummary ResilienceOf(string chainId, ChainImpact impact, CancellationToken token)
    {
        var target = new double[_analyzer.Index.Dataset.Enterprises.Count];
        foreach (var e in impact.Enterprises) target[e.Enterprise] = e.StructuralImpact;
        var curve = Resilience.Curve(_analyzer.Index, _analyzer.Simulator, chainId, target, cancellationToken: token);
        return new ResilienceSummary(curve, curve.Average(p => p.RandomRemoval), curve.Average(p => p.TargetedRemoval));
    }
}
