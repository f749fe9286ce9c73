using System.Collections.Concurrent;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Finds missing and weak links of a chain (docs/checklist-method.md): a segment is judged by its live, capable firms in
/// the city and the metropolitan ring against local demand (what the chain's live firms in the city buy of it), with the
/// segment's baseline.
/// A segment with <see cref="SegmentBaseline.StrongLocalFirms"/> capable local firms is never weak.
/// A segment's supply base is read once per instance: the severity scale, the items and the what-if for additions all ask
/// for it, and at scale a segment has 10^5 supply rows. Safe to share between threads.
/// </summary>
public sealed class LinkAssessment(ChainIndex index, FirmStatus status, AnalysisSettings settings)
{
    private readonly ConcurrentDictionary<int, SegmentSupply> _supply = new();

    public IReadOnlyList<LinkFinding> Find(string chainId) =>
        [.. index.OrderedSegments[chainId].Select(s => Assess(chainId, s)).OfType<LinkFinding>()];

    /// <summary>The segment's supply base and local demand, live firms only.</summary>
    public SegmentSupply Supply(int segment) => _supply.GetOrAdd(segment, Read);

    /// <summary>
    /// What the city's live firms buy of the segment a year (<see cref="SegmentSupply.DemandValue"/>), without the rest of
    /// the supply base when that is not read yet: the severity scale needs it for every segment of every chain.
    /// </summary>
    public double DemandValue(int segment) =>
        _supply.TryGetValue(segment, out var supply) ? supply.DemandValue : Demand(segment).Demand.Value;

    private SegmentSupply Read(int segment)
    {
        var firms = Capable(segment);
        var count = (Location where) => firms.Count(e => index.Locations[e] == where);
        var (demand, near, overseas, customers) = Demand(segment);
        return new SegmentSupply(count(Location.Local), count(Location.Metro), count(Location.Province) + count(Location.Country),
            count(Location.Overseas),
            demand.Value, demand.IsShares, demand.Value > 0 ? near / demand.Value : 0, demand.Value > 0 ? overseas / demand.Value : 0,
            TopShare(segment, firms), customers);
    }

    private LinkFinding? Assess(string chainId, int s) => Judge(chainId, s, Supply(s));

    /// <summary>The segment judged on a given supply base (a what-if's, say): missing, weak, or null when neither.</summary>
    public LinkFinding? Judge(string chainId, int s, SegmentSupply supply)
    {
        var segment = index.Segment(s);
        var baseline = settings.BaselineFor(segment);
        var missing = Missing(supply);
        if (missing.Count > 0) return new LinkFinding(chainId, segment, LinkKind.Missing, supply, baseline, missing);
        if (supply.LocalFirms >= baseline.StrongLocalFirms) return null;
        var weak = Weak(supply, baseline);
        return weak.Count == 0 ? null : new LinkFinding(chainId, segment, LinkKind.Weak, supply, baseline, weak);
    }

    private List<RuleFinding> Missing(SegmentSupply supply)
    {
        if (supply.TotalFirms == 0)
            return [new("no_capable_firm", new("数据中没有任何在营企业能供应该环节", "no live firm anywhere in the data serves this segment"))];
        var near = supply.LocalFirms + (settings.MissingCountsRing ? supply.RingFirms : 0);
        if (near > 0) return [];
        var where = settings.MissingCountsRing ? ("市内及都市圈", "the city or the metropolitan ring") : ("市内", "the city");
        return [new("no_local_firm", new(
            $"{where.Item1}没有在营企业能供应该环节；外地有 {supply.TotalFirms - supply.LocalFirms} 家（都市圈 {supply.RingFirms}、国内其他地区 {supply.DomesticFirms}、境外 {supply.OverseasFirms}）",
            $"no live firm in {where.Item2} serves this segment; {supply.TotalFirms - supply.LocalFirms} do elsewhere (metropolitan ring {supply.RingFirms}, rest of China {supply.DomesticFirms}, overseas {supply.OverseasFirms})"))];
    }

    private static List<RuleFinding> Weak(SegmentSupply supply, SegmentBaseline baseline)
    {
        var found = new List<RuleFinding>();
        var rule = baseline.Source == "default" ? ("默认基线", "default baseline") : ($"规则 {baseline.Source}", $"rule {baseline.Source}");
        if (supply.LocalFirms < baseline.MinimumLocalFirms)
            found.Add(new("min_local_firms", new(
                $"市内有能力的在营企业仅 {supply.LocalFirms} 家，低于 {baseline.MinimumLocalFirms} 家（{rule.Item1}）",
                $"only {supply.LocalFirms} capable live firms in the city, fewer than {baseline.MinimumLocalFirms} ({rule.Item2})")));
        if (supply.DemandValue > 0 && supply.NearShare < baseline.MinimumNearShare)
            found.Add(new("min_near_share", new(
                $"市内有能力的在营企业 {supply.LocalFirms} 家、都市圈 {supply.RingFirms} 家；市内企业该环节年采购{Demand(supply, Language.Zh)}，市内及都市圈仅供应 {Units.Percent(supply.NearShare)}，低于 {Units.Percent(baseline.MinimumNearShare)}（{rule.Item1}）；境外 {Units.Percent(supply.OverseasShare)}",
                $"{supply.LocalFirms} capable live firms in the city, {supply.RingFirms} in the metropolitan ring; the city's firms buy {Demand(supply, Language.En)} of this segment a year; the city and the metropolitan ring supply only {Units.Percent(supply.NearShare)}, below {Units.Percent(baseline.MinimumNearShare)} ({rule.Item2}); overseas {Units.Percent(supply.OverseasShare)}")));
        if (supply.LocalFirms > 1 && supply.TopShare is { } top && top > baseline.MaximumTopShare)
            found.Add(new("max_top_share", new(
                $"市内供应高度集中：最大一家占本地企业供应额的 {Units.Percent(top)}，高于 {Units.Percent(baseline.MaximumTopShare)}（{rule.Item1}）",
                $"local supply is concentrated: the largest firm holds {Units.Percent(top)} of the local firms' supply, above {Units.Percent(baseline.MaximumTopShare)} ({rule.Item2})")));
        return found;
    }

    private static string Demand(SegmentSupply supply, Language language) =>
        supply.DemandIsShares ? (language == Language.En ? "(no values recorded)" : "（未记录金额）")
        : language == Language.En ? Units.MoneyEnglish(supply.DemandValue) : " " + Units.Money(supply.DemandValue);

    private List<int> Capable(int segment)
    {
        var supplies = index.Dataset.Supplies;
        return [.. index.Members(segment)
            .Concat(index.Supplies(segment).Select(r => supplies.Supplier[r]))
            .Distinct()
            .Where(status.IsLive)];
    }

    private ((double Value, bool IsShares) Demand, double Near, double Overseas, IReadOnlyList<int> Customers) Demand(int segment)
    {
        var supplies = index.Dataset.Supplies;
        var rows = index.Supplies(segment).Where(r => status.IsLive(supplies.Supplier[r]) && IsLocalDemand(supplies.Customer[r])).ToList();
        var isShares = rows.All(r => float.IsNaN(supplies.AnnualValue[r]));
        double Amount(int r) => isShares ? supplies.Share[r] : float.IsNaN(supplies.AnnualValue[r]) ? 0 : supplies.AnnualValue[r];
        double total = 0, near = 0, overseas = 0;
        foreach (var r in rows)
        {
            var location = index.Locations[supplies.Supplier[r]];
            total += Amount(r);
            if (location is Location.Local or Location.Metro) near += Amount(r);
            if (location == Location.Overseas) overseas += Amount(r);
        }
        return ((total, isShares && rows.Count > 0), near, overseas, [.. rows.Select(r => supplies.Customer[r]).Distinct()]);
    }

    // Owners buy through tiers (modules from tier-1 firms, equipment and materials by tier-1 and tier-2 firms), so the
    // local demand for an upstream segment is what the chain's live local firms buy of it, owners and core firms or not.
    private bool IsLocalDemand(int customer) => index.IsLocal(customer) && status.IsLive(customer);

    private double? TopShare(int segment, List<int> firms)
    {
        var supplies = index.Dataset.Supplies;
        var local = firms.Where(index.IsLocal).ToHashSet();
        var bySupplier = index.Supplies(segment).Where(r => local.Contains(supplies.Supplier[r]) && !float.IsNaN(supplies.AnnualValue[r]))
            .GroupBy(r => supplies.Supplier[r]).Select(g => g.Sum(r => (double)supplies.AnnualValue[r])).ToList();
        var total = bySupplier.Sum();
        return total > 0 ? bySupplier.Max() / total : null;
    }
}
