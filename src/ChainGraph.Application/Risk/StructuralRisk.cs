using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Assessment;

using ChainGraph.Application.Snapshots;

namespace ChainGraph.Application.Risk;

/// <summary>
/// Structural risk scores from the analysis engine (until a trained likelihood model is served): what the chain
/// owners lose if an enterprise is lost, where it is, the sole-source positions it holds, and the chokepoints;
/// for segments and chains, their dependence and resilience. Every score lists its factors. Cached per snapshot.
/// </summary>
public static class StructuralRisk
{
    public static RiskScore Enterprise(AnalysisSnapshot s, int enterprise) =>
        s.Cached($"risk:e:{enterprise}", () => ComputeEnterprise(s, enterprise));

    public static RiskScore Segment(AnalysisSnapshot s, int segment) => s.Cached($"risk:s:{segment}", () => ComputeSegment(s, segment));

    public static RiskScore Chain(AnalysisSnapshot s, string chainId) => s.Cached($"risk:c:{chainId}", () => ComputeChain(s, chainId));

    /// <summary>Risk levels of every enterprise (computed in parallel once per snapshot; for the <c>riskLevel</c> filter).</summary>
    public static RiskLevel[] AllLevels(AnalysisSnapshot s) => s.Cached("risk:levels", () =>
    {
        var levels = new RiskLevel[s.Dataset.Enterprises.Count];
        Parallel.For(0, levels.Length, e => levels[e] = Enterprise(s, e).Level);
        return levels;
    });

    private static RiskScore ComputeEnterprise(AnalysisSnapshot s, int enterprise)
    {
        var index = s.Analyzer.Index;
        var impact = OwnerLoss(s, enterprise);
        var supplies = s.Dataset.Supplies;
        var soleShare = 0.0;
        foreach (var r in s.Supplies.OutOfEnterprise(enterprise))
        {
            if (supplies.Share[r] > s.Analyzer.Settings.SoleSourceShare && index.Segment(supplies.Segment[r]).Key)
                soleShare = Math.Max(soleShare, supplies.Share[r]);
        }
        var chokepoints = s.Dataset.Chains.Sum(c => s.Chokepoints(c.Id)
            .Count(k => k.Kind != ChokepointKind.SoleSource && k.Enterprises.Contains(enterprise)));
        var overseas = index.Locations[enterprise] == Location.Overseas ? 1.0 : 0.0;
        return RiskScore.Of(
        [
            StructuralFactor.Weighted("ownerImpact", impact, 0.6,
            "share of the chain owners' capacity (weighted by their output) lost if this enterprise is lost, after cascades"),
            StructuralFactor.Weighted("overseas", overseas, 0.15, "located overseas (exposed to sanctions and logistics)"),
            StructuralFactor.Weighted("soleSource", soleShare, 0.15,
            "largest share it holds of a customer's input for a key segment above the sole-source threshold"),
            StructuralFactor.Weighted("chokepoints", Math.Min(1, chokepoints / 3.0), 0.1,
            $"appears in {chokepoints} structural chokepoint findings (dominators, cuts, critical relations)"),
        ]);
    }

    private static double OwnerLoss(AnalysisSnapshot s, int enterprise)
    {
        var owners = s.Dataset.Chains.SelectMany(c => s.Analyzer.Index.Owners[c.Id]).Distinct().Where(o => o != enterprise).ToList();
        if (owners.Count == 0 || s.Supplies.OutOfEnterprise(enterprise).Length == 0) return 0;
        var availability = s.Analyzer.Simulator.Propagate([enterprise]);
        var weight = owners.Sum(o => s.Dataset.Enterprises[o].AnnualOutput);
        return weight == 0 ? 0 : owners.Sum(o => (1 - availability[o]) * s.Dataset.Enterprises[o].AnnualOutput) / weight;
    }

    private static RiskScore ComputeSegment(AnalysisSnapshot s, int segment)
    {
        var chainId = s.Dataset.Segments[segment].ChainId;
        var map = s.Map(chainId).Segments.Single(m => m.Segment.Id == s.Dataset.Segments[segment].Id);
        var needed = s.Analyzer.Settings.WeakLinkMinimumLocalEnterprises;
        var deficit = needed == 0 ? 0 : Math.Max(0, needed - map.EnterpriseCounts.Local) / needed;
        var chokepoints = s.Chokepoints(chainId).Count(c => c.Segment == segment && c.Kind != ChokepointKind.SoleSource);
        var shares = map.SupplyShares;
        return RiskScore.Of(
        [
            StructuralFactor.Weighted("overseasShare", shares.Overseas, 0.3, "share of the segment's supply value from overseas"),
            StructuralFactor.Weighted("outsideShare", shares.Outside, 0.2, "share of the segment's supply value from outside the city"),
            StructuralFactor.Weighted("localDeficit", deficit, 0.2, $"missing local enterprises relative to the weak-link rule ({needed})"),
            StructuralFactor.Weighted("chokepoints", Math.Min(1, chokepoints / 3.0), 0.3,
            $"{chokepoints} structural chokepoints protect this segment's supply to owners"),
        ]);
    }

    private static RiskScore ComputeChain(AnalysisSnapshot s, string chainId)
    {
        var index = s.Analyzer.Index;
        var key = index.OrderedSegments[chainId].Where(x => index.Segment(x).Key).ToList();
        var segmentRisk = key.Count == 0 ? 0 : key.Average(x => Segment(s, x).Score);
        var foreign = s.Chokepoints(chainId).Where(c => c.Foreign).Select(c => string.Join("+", c.Enterprises)).Distinct().Count();
        var betweenness = new double[s.Dataset.Enterprises.Count];
        foreach (var ranked in s.Rankings(chainId)) betweenness[ranked.Enterprise] = ranked.Betweenness;
        var curve = Resilience.Curve(index, s.Analyzer.Simulator, chainId, betweenness, steps: 2, maxFraction: 0.1, runs: 5);
        var fragility = 1 - curve[^1].TargetedRemoval;
        return RiskScore.Of(
        [
            StructuralFactor.Weighted("keySegmentRisk", segmentRisk, 0.5, "mean risk of the chain's key segments"),
            StructuralFactor.Weighted("foreignChokepoints", Math.Min(1, foreign / 5.0), 0.2, $"{foreign} foreign chokepoints (卡脖子)"),
            StructuralFactor.Weighted("targetedFragility", fragility, 0.3,
            "owners' capacity lost when the 10% most central firms of the chain are removed"),
        ]);
    }
}
