using System.Globalization;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Owners;

/// <summary>
/// Identifies chain owners (链主企业, 第12条 of the manufacturing measures, a consultation draft) from the data: for every member of a chain's
/// segments, evidence on system integration (distinct input segments of the chain it buys), market share (recorded share, or rank by output
/// in its segment), pull (local suppliers and local supply value that depend on it) and output ≥ 100亿. Recorded owners are
/// confirmed or flagged; other firms meeting every criterion are proposed; firms one criterion short are listed as near
/// misses. Also returns the city's 登峰计划 tiers (第2条). Pure and deterministic. Evidence is worded in both languages.
/// </summary>
public static class ChainOwnerIdentifier
{
    private static readonly IReadOnlyDictionary<DengfengTier, int> Targets2025 = new Dictionary<DengfengTier, int>
    {
        [DengfengTier.Over1000] = 5,
        [DengfengTier.Over500] = 5,
        [DengfengTier.Over100] = 40,
    };

    public static OwnerReport Identify(ChainIndex index, OwnerCriteria? criteria = null, IEnumerable<string>? chainIds = null)
    {
        criteria ??= OwnerCriteria.Default;
        var chains = (chainIds ?? index.Chains.Select(c => c.Id)).Select(c => Assess(index, c, criteria)).ToList();
        return new OwnerReport(criteria, chains, Tiers(index.Dataset));
    }

    private static ChainOwnerAssessment Assess(ChainIndex index, string chainId, OwnerCriteria criteria)
    {
        var profile = new ChainSupplyProfile(index, chainId);
        var recorded = index.Owners[chainId].ToHashSet();
        var segmentsOf = index.OrderedSegments[chainId].SelectMany(s => index.Members(s).Select(e => (e, s)))
            .GroupBy(p => p.e)
            .ToDictionary(g => g.Key, g => g.Select(p => p.s).Distinct().ToList());
        var candidates = segmentsOf.Keys.Order()
            .Select(e => Candidate(index, profile, chainId, e, segmentsOf[e], recorded.Contains(e), criteria))
            .OfType<OwnerCandidate>()
            .OrderBy(c => c.Status)
            .ThenByDescending(c => c.CriteriaMet)
            .ThenByDescending(c => c.AnnualOutput)
            .ThenBy(c => c.EnterpriseId, StringComparer.Ordinal)
            .ToList();
        return new ChainOwnerAssessment(chainId, index.Chain(chainId).Name, candidates);
    }

    private static OwnerCandidate? Candidate(ChainIndex index, ChainSupplyProfile profile, string chainId, int e,
        IReadOnlyList<int> segments, bool recorded, OwnerCriteria criteria)
    {
        var firm = index.Enterprise(e);
        var local = firm.Location == Location.Local;
        var evidence = new[] { Integration(index, profile, e, criteria), Share(index, firm, e, segments, criteria),
            Pull(profile, e, criteria, upstream: false), Output(firm, criteria) };
        var met = evidence.Count(x => x.Met);
        var eligible = local || !criteria.RequireLocal;
        OwnerStatus? status = recorded ? (met == evidence.Length && eligible ? OwnerStatus.Confirmed : OwnerStatus.NoLongerQualifies)
            : !eligible ? null
            : met == evidence.Length ? OwnerStatus.Proposed
            : met == evidence.Length - 1 ? OwnerStatus.NearMiss
            : null;
        if (status is not { } s) return null;
        evidence[2] = Pull(profile, e, criteria, upstream: true);
        return new OwnerCandidate(firm.Id, firm.Name, chainId, [.. segments.Select(x => index.Segment(x).Id)], recorded, local,
            firm.AnnualOutput, firm.Tier, s, evidence);
    }

    private static CriterionEvidence Integration(ChainIndex index, ChainSupplyProfile profile, int e, OwnerCriteria criteria)
    {
        var count = profile.InputSegments(e);
        var names = string.Join("、", profile.InputSegmentIndices(e).Select(s => index.Segment(s).Name));
        return new(OwnerCriterion.SystemIntegration, count >= criteria.MinimumInputSegments, count, criteria.MinimumInputSegments,
            count == 0 ? new("不向本链任何环节采购", "buys from no segment of the chain")
                : new(Text($"集成本链 {count} 个环节的投入：{names}"), Text($"integrates {count} input segments: {names}")));
    }

    private static CriterionEvidence Share(ChainIndex index, Enterprise firm, int e, IReadOnlyList<int> segments, OwnerCriteria criteria)
    {
        var (rank, segment, computed) = segments.Select(s => SegmentRank(index, s, e)).MinBy(x => x.Rank);
        var share = firm.MarketShare ?? computed;
        var met = share >= criteria.MinimumMarketShare || rank <= criteria.TopInSegment;
        var name = index.Segment(segment).Name;
        var source = firm.MarketShare is null
            ? new Localized("占所在环节产值", "share of its segment's output")
            : new Localized("登记市场占有率", "recorded market share");
        return new(OwnerCriterion.MarketShare, met, share, criteria.MinimumMarketShare,
            new(Text($"{source.Zh} {share:0.0%}；在“{name}”环节产值排第 {rank} 位"), Text(
            $"{source.En} {share:0.0%}; #{rank} by output in {name}")));
    }

    private static (int Rank, int Segment, double Share) SegmentRank(ChainIndex index, int segment, int e)
    {
        var outputs = index.Members(segment).Distinct().Select(m => (m, AnnualOutput: index.Output(m))).ToList();
        var own = index.Output(e);
        var total = outputs.Sum(o => Math.Max(0, o.AnnualOutput));
        return (1 + outputs.Count(o => o.AnnualOutput > own), segment, total > 0 ? own / total : 0);
    }

    // The upstream count is evidence only (a search per firm), so it is computed for listed firms alone.
    private static CriterionEvidence Pull(ChainSupplyProfile profile, int e, OwnerCriteria criteria, bool upstream)
    {
        var (suppliers, value) = (profile.LocalSuppliers(e), profile.LocalSupplyValue(e));
        var met = suppliers >= criteria.MinimumLocalSuppliers || value >= criteria.MinimumLocalSupplyValue;
        return new(OwnerCriterion.Pull, met, suppliers, criteria.MinimumLocalSuppliers,
            Pulled(suppliers, value / 10_000, upstream ? profile.LocalUpstream(e) : null));
    }

    private static Localized Pulled(int suppliers, double valueYi, int? upstream) => new(
        Text($"本地直接供应商 {suppliers} 家，年本地采购 {valueYi:0.##} 亿元{(upstream is { } u ? $"；本链上游本地企业 {u} 家" : "")}"),
        Text($"{suppliers} local direct suppliers, {valueYi:0.##} (100m CNY) a year of local supply{(upstream is { } v ? $"; {v} local firms upstream of it in the chain" : "")}"));

    private static CriterionEvidence Output(Enterprise firm, OwnerCriteria criteria) =>
        new(OwnerCriterion.Output, firm.AnnualOutput >= criteria.MinimumOutput, firm.AnnualOutput, criteria.MinimumOutput,
            new(Text($"年产值 {firm.AnnualOutput:0.#} 亿元（门槛 {criteria.MinimumOutput:0} 亿元）"),
            Text($"annual output {firm.AnnualOutput:0.#} (100m CNY; threshold {criteria.MinimumOutput:0})")));

    private static IReadOnlyList<TierEntry> Tiers(Dataset dataset)
    {
        var all = dataset.Enterprises;
        var local = Enumerable.Range(0, all.Count).Where(e => all.Location(e) == Location.Local).ToList();
        return [.. Targets2025.Select(t =>
        {
            var firms = local.Where(e => all.Tier(e) == t.Key).OrderByDescending(all.Output).Select(all.Id).ToList();
            return new TierEntry(t.Key, firms.Count, t.Value, firms);
        })];
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
