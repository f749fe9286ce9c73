using System.Globalization;

namespace ChainGraph.Analysis.Chains;

/// <summary>Finds missing and weak links of a chain with the rules of <see cref="AnalysisSettings"/> (DOMAIN.md).</summary>
public static class LinkAssessment
{
    public static IReadOnlyList<LinkFinding> Find(ChainMap map, AnalysisSettings settings) =>
        map.Segments.Select(s => Assess(map.Chain.Id, s, settings)).OfType<LinkFinding>().ToList();

    private static LinkFinding? Assess(string chainId, SegmentMap s, AnalysisSettings settings)
    {
        var local = (int)s.EnterpriseCounts.Local;
        var total = (int)s.EnterpriseCounts.Total;
        var shares = s.SupplyShares;
        var reasons = new List<string>();
        if (total == 0) reasons.Add("no enterprise serves this segment at all");
        else if (local == 0) reasons.Add($"no enterprise in the city serves it; {total} serve{(total == 1 ? "s" : "")} it from outside ({Describe(s.EnterpriseCounts)})");
        if (reasons.Count > 0) return new LinkFinding(chainId, s.Segment, LinkKind.Missing, local, total, shares.Outside, shares.Overseas, reasons);

        if (local < settings.WeakLinkMinimumLocalEnterprises)
            reasons.Add($"only {local} local enterprise{(local == 1 ? "" : "s")} (fewer than {settings.WeakLinkMinimumLocalEnterprises})");
        if (s.SupplyValue.Total > 0 && shares.Outside > settings.WeakLinkMaximumOutsideShare)
            reasons.Add($"{Percent(shares.Outside)} of the supply comes from outside the city (over {Percent(settings.WeakLinkMaximumOutsideShare)}), {Percent(shares.Overseas)} from overseas");
        return reasons.Count == 0 ? null : new LinkFinding(chainId, s.Segment, LinkKind.Weak, local, total, shares.Outside, shares.Overseas, reasons);
    }

    private static string Describe(LocationSplit counts) =>
        $"province {counts.Province}, rest of country {counts.Country}, overseas {counts.Overseas}";

    internal static string Percent(double fraction) => fraction.ToString("0%", CultureInfo.InvariantCulture);
}
