using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// Scores one firm as a candidate for a segment, term by term with figures (docs/checklist-method.md, "Candidates").
/// Substitute: distance ring 0.25, capacity in the segment 0.25, share of the segment's supply 0.15, labels 0.15,
/// R&amp;D intensity 0.10, what-if effect 0.10. Attraction target: fit with local demand 0.30, capacity 0.15, size 0.15,
/// labels 0.15, ring 0.10, R&amp;D 0.05, effect 0.10. Local expansion: capacity 0.25, share of local demand 0.20,
/// labels 0.15, R&amp;D 0.15, size 0.15, effect 0.10.
/// </summary>
internal sealed class CandidateScorer(ChainIndex index, SegmentSuppliers suppliers)
{
    public Candidate Score(int firm, CandidateKind kind, (double Value, Localized Text)? effect = null)
    {
        var e = index.Enterprise(firm);
        var location = index.Locations[firm];
        var score = new SeverityScore();
        var (ring, capacity, share, labels, rd, size, fit) = Weights(kind);
        score.Add("ring", ring * RingFactor(location, kind), Where(e, location).Zh, Where(e, location).En);
        if (kind == CandidateKind.Attract) Fit(score, firm, fit);
        var value = suppliers.Value(firm);
        score.Add("capacity", capacity * LinkItems.Spend(value, suppliers.Largest), $"该环节年供货额{Units.Money(value)}",
            $"supplies {Units.MoneyEnglish(value)} a year of this segment");
        Share(score, firm, kind, share);
        var label = LabelFactor(e.Labels);
        score.Add("labels", labels * label.Factor, label.Zh, label.En);
        var intensity = e.RdRatio ?? 0;
        score.Add("rd", rd * Math.Min(1, intensity / 0.10), $"研发投入强度 {Units.Percent(intensity)}",
            $"R&D intensity {Units.Percent(intensity)}");
        score.Add("size", size * LinkItems.Spend(e.AnnualOutput, suppliers.LargestOutput), $"年产值{Units.Yi(e.AnnualOutput)}",
            $"annual output {Units.YiEnglish(e.AnnualOutput)}");
        if (effect is { } what) score.Add("effect", 0.10 * what.Value, what.Text.Zh, what.Text.En);
        return new Candidate(e.Id, e.Name, location, kind, score.Value, [.. score.Terms.OrderByDescending(t => t.Amount)]);
    }

    // A share as a reason says "under 1%" rather than "0%" for a small one.
    private static (string Zh, string En) Share(double fraction) =>
        fraction is > 0 and < 0.005 ? ("不足1%", "under 1%") : (Units.Percent(fraction), Units.Percent(fraction));

    private static (double Ring, double Capacity, double Share, double Labels, double Rd, double Size, double Fit) Weights(
        CandidateKind kind) => kind switch
    {
        CandidateKind.Substitute => (0.25, 0.25, 0.15, 0.15, 0.10, 0, 0),
        CandidateKind.Attract => (0.10, 0.15, 0, 0.15, 0.05, 0.15, 0.30),
        _ => (0, 0.25, 0.20, 0.15, 0.15, 0.15, 0),
    };

    // Fit with the city's demand: the share of what local firms buy of the segment that this firm already supplies.
    private void Fit(SeverityScore score, int firm, double weight)
    {
        var local = suppliers.LocalValue(firm);
        var fit = suppliers.LocalDemand > 0 ? local / suppliers.LocalDemand : 0;
        score.Add("fit", weight * fit, $"已向市内企业供应该环节{Units.Money(local)}，占本地需求的 {Share(fit).Zh}",
            $"already supplies {Units.MoneyEnglish(local)} of this segment to the city's firms, {Share(fit).En} of local demand");
    }

    private void Share(SeverityScore score, int firm, CandidateKind kind, double weight)
    {
        if (kind == CandidateKind.Expand)
        {
            var local = suppliers.LocalDemand > 0 ? suppliers.LocalValue(firm) / suppliers.LocalDemand : 0;
            score.Add("share", weight * local, $"占本地需求的 {Share(local).Zh}", $"{Share(local).En} of local demand");
            return;
        }
        var share = suppliers.Total > 0 ? suppliers.Value(firm) / suppliers.Total : 0;
        score.Add("share", weight * share, $"占该环节记录供应额的 {Share(share).Zh}", $"{Share(share).En} of the segment's recorded supply");
    }

    /// <summary>Nearer is better for a substitute; for a target the metropolitan ring and the rest of China before overseas.</summary>
    internal static double RingFactor(Location location, CandidateKind kind) => (location, kind) switch
    {
        (Location.Local, _) => 1.0,
        (Location.Metro, _) => kind == CandidateKind.Attract ? 1.0 : 0.8,
        (Location.Province, _) => kind == CandidateKind.Attract ? 0.8 : 0.6,
        (Location.Country, _) => kind == CandidateKind.Attract ? 0.6 : 0.4,
        _ => kind == CandidateKind.Attract ? 0.2 : 0.1,
    };

    internal static Localized Where(Enterprise e, Location location) => location switch
    {
        Location.Local => new($"本地企业（{e.District}）", $"local firm ({e.District})"),
        Location.Metro => new($"都市圈企业（{e.City}）", $"metropolitan ring ({e.City})"),
        Location.Province => new($"省内企业（{e.City ?? e.Region}）", $"elsewhere in the province ({e.City ?? e.Region})"),
        Location.Country => new($"国内企业（{Place(e)}）", $"elsewhere in China ({Place(e)})"),
        _ => new($"境外企业（{e.Country}）", $"overseas ({e.Country})"),
    };

    // "江苏无锡", but "上海" once for a municipality whose city and region read the same.
    private static string Place(Enterprise e) => e.City is null || e.City == e.Region ? e.Region ?? e.Country : e.Region + e.City;

    private static (double Factor, string Zh, string En) LabelFactor(EnterpriseLabels labels) => labels switch
    {
        _ when labels.HasFlag(EnterpriseLabels.Champion) => (1.0, "制造业单项冠军", "manufacturing single-item champion"),
        _ when labels.HasFlag(EnterpriseLabels.LittleGiant) => (0.8, "专精特新“小巨人”", "specialised \"little giant\""),
        _ when labels.HasFlag(EnterpriseLabels.Listed) => (0.5, "上市企业", "listed company"),
        _ => (0, "", ""),
    };
}
