using ChainGraph.Analysis.Chains;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// A chain's health from the weight of its open items rather than their count: how much of the chain's local purchasing
/// (what its live firms in the city buy, all tiers, <see cref="SegmentSupply.DemandValue"/>) lies in segments with a
/// critical or high item, and how many key segments those items touch (<see cref="HealthThresholds"/>): 危险 when they hold
/// a large share and most key segments, 预警 for a sizeable share, 关注 for any critical or high item (or medium items on a
/// sizeable share), else 良好. Pure; the same items give the same level.
/// </summary>
public static class ChainHealth
{
    public static ChainHealthAssessment Assess(ChainAnalyzer analyzer, string chainId, IReadOnlyCollection<ChecklistItem> items,
        HealthThresholds? thresholds = null)
    {
        var t = thresholds ?? HealthThresholds.Default;
        var index = analyzer.Index;
        var links = new LinkAssessment(index, analyzer.Status, analyzer.Settings);
        var segments = index.OrderedSegments[chainId];
        var demand = segments.ToDictionary(s => index.Segment(s).Id, s => links.Supply(s).DemandValue, StringComparer.Ordinal);
        var total = demand.Values.Sum();
        var severe = Segments(items, SeverityLevel.Critical, SeverityLevel.High);
        var share = Share(severe, demand, total);
        var medium = Share(Segments(items, SeverityLevel.Medium), demand, total);
        var keys = segments.Count(s => index.Segment(s).Key);
        var keysAtRisk = segments.Count(s => index.Segment(s).Key && severe.Contains(index.Segment(s).Id));
        var (critical, high) = (items.Count(i => i.Level == SeverityLevel.Critical), items.Count(i => i.Level == SeverityLevel.High));
        var grade = Grade(share, keysAtRisk, medium, critical + high, t);
        return new ChainHealthAssessment(grade, share, keysAtRisk, keys, medium, critical, high,
            Why(grade, share, keysAtRisk, keys, medium, critical, high, t));
    }

    private static HealthGrade Grade(double share, int keysAtRisk, double medium, int severeItems, HealthThresholds t) =>
        share >= t.DangerShare && keysAtRisk >= t.DangerKeySegments ? HealthGrade.Danger
        : share >= t.WarningShare ? HealthGrade.Warning
        : severeItems > 0 || medium >= t.WatchMediumShare ? HealthGrade.Watch
        : HealthGrade.Sound;

    private static HashSet<string> Segments(IReadOnlyCollection<ChecklistItem> items, params SeverityLevel[] levels) =>
        [.. items.Where(i => levels.Contains(i.Level) && i.SegmentId is not null).Select(i => i.SegmentId!)];

    private static double Share(HashSet<string> segments, Dictionary<string, double> demand, double total) =>
        total > 0 ? segments.Sum(s => demand.GetValueOrDefault(s)) / total : 0;

    private static string Share(double fraction) =>
        (fraction * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static Localized Why(HealthGrade grade, double share, int keysAtRisk, int keys, double medium, int critical, int high,
        HealthThresholds t)
    {
        var name = (BriefingVocabulary.Name(grade, Language.Zh), BriefingVocabulary.Name(grade, Language.En));
        // One decimal: a share just under a line must not print as the line itself (24.9%, not 25%).
        var (p, m) = (Share(share), Share(medium));
        var line = grade switch
        {
            HealthGrade.Danger =>
                ($"（危险线：{Units.Percent(t.DangerShare)} 且 {t.DangerKeySegments} 个关键环节）",
                $" (danger line: {Units.Percent(t.DangerShare)} and {t.DangerKeySegments} key segments)"),
            HealthGrade.Warning => ($"（预警线 {Units.Percent(t.WarningShare)}）", $" (warning line {Units.Percent(t.WarningShare)})"),
            HealthGrade.Watch when critical + high > 0 =>
                ($"（低于预警线 {Units.Percent(t.WarningShare)}）", $" (below the warning line of {Units.Percent(t.WarningShare)})"),
            _ => ("", ""),
        };
        if (critical + high == 0)
            return new($"{name.Item1}：无严重或高等级事项；中等级事项涉及本链本地企业采购额的 {m}",
                $"{name.Item2}: no critical or high item; medium items touch {m} of the chain's local purchasing");
        return new($"{name.Item1}：严重 {critical} 项、高 {high} 项，涉及 {keysAtRisk}/{keys} 个关键环节，占本链本地企业采购额的 {p}{line.Item1}",
            $"{name.Item2}: {critical} critical and {high} high items touch {keysAtRisk} of {keys} key segments and {p} of the chain's local purchasing{line.Item2}");
    }
}
