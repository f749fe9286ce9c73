using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// One missing or weak link as a checklist item. Severity terms: the finding (missing 0.30; weak 0.10 plus up to 0.15
/// for how far it falls short of its baseline), the local firms' spend on the segment (up to 0.25, log-normalised),
/// how hard it is to replace (up to 0.20: few capable domestic firms), overseas dependence (up to 0.10), key segment (0.10).
/// </summary>
internal sealed class LinkItems(ChainIndex index, LinkFinding finding, double spendScale)
{
    public ChecklistItem Build() => Judged() with { OwnersThreatened = Threatened() };

    /// <summary>
    /// The item without the local firms it threatens (a sort of the segment's local buyers, thousands at a million
    /// firms): what a what-if compares — type and severity — for each candidate.
    /// </summary>
    public ChecklistItem Judged()
    {
        var chain = index.Chain(finding.ChainId);
        var supply = finding.Supply;
        var score = new SeverityScore();
        if (finding.Kind == LinkKind.Missing) score.Add("finding", 0.30, "缺失环节", "missing link");
        else
        {
            score.Add("finding", 0.10, "薄弱环节", "weak link");
            score.Add("shortfall", 0.15 * Shortfall(), $"低于基线的程度 {Units.Percent(Shortfall())}",
                $"{Units.Percent(Shortfall())} short of its baseline");
        }
        var spend = Spend(supply.DemandValue, spendScale);
        if (!supply.DemandIsShares)
            score.Add("spend", 0.25 * spend, $"市内企业该环节年采购{Units.Money(supply.DemandValue)}",
                $"the city's firms buy {Units.MoneyEnglish(supply.DemandValue)} a year");
        var alternatives = finding.Kind == LinkKind.Missing
            ? supply.RingFirms + supply.DomesticFirms
            : supply.LocalFirms + supply.RingFirms + supply.DomesticFirms;
        score.Add("replaceability", 0.20 * Irreplaceable(alternatives), $"国内可替代的在营企业 {alternatives} 家",
            $"{alternatives} capable live firms in China could replace it");
        score.Add("overseas", 0.10 * supply.OverseasShare, $"本地需求的 {Units.Percent(supply.OverseasShare)} 来自境外",
            $"{Units.Percent(supply.OverseasShare)} of local demand comes from overseas");
        if (finding.Segment.Key) score.Add("key_segment", 0.10, "关键环节", "key segment");
        var (action, instrument) = Remedy();
        return new ChecklistItem($"link:{finding.ChainId}:{finding.Segment.Id}", 0, chain.Id, chain.Name, finding.Segment.Id,
            finding.Segment.Name, [], [],
            finding.Kind == LinkKind.Missing ? ChecklistItemType.Missing : ChecklistItemType.Weak, score.Value,
            SeverityLevels.Of(score.Value), finding.Findings, score.Terms, action, instrument, [], []);
    }

    /// <summary>Log-normalised spend in [0, 1]: 0 for nothing, 1 for the largest local demand of any segment.</summary>
    internal static double Spend(double value, double scale) => value <= 0 ? 0 : Math.Min(1, Math.Log(1 + value) / Math.Log(1 + scale));

    /// <summary>1 with no capable alternative, ½ with three, falling towards 0 with many.</summary>
    internal static double Irreplaceable(int alternatives) => 1.0 / (1 + alternatives / 3.0);

    // The largest relative shortfall among the rules that fired, in [0, 1].
    private double Shortfall()
    {
        var (supply, baseline) = (finding.Supply, finding.Baseline);
        var shortfalls = finding.Findings.Select(f => f.Rule switch
        {
            "min_local_firms" => (baseline.MinimumLocalFirms - supply.LocalFirms) / (double)Math.Max(1, baseline.MinimumLocalFirms),
            "min_near_share" => (baseline.MinimumNearShare - supply.NearShare) / Math.Max(1e-9, baseline.MinimumNearShare),
            "max_top_share" => ((supply.TopShare ?? 0) - baseline.MaximumTopShare) / Math.Max(1e-9, 1 - baseline.MaximumTopShare),
            _ => 0,
        });
        return Math.Clamp(shortfalls.DefaultIfEmpty(0).Max(), 0, 1);
    }

    // Local firms that buy the segment, owners and core firms first; with none recorded, the chain's local owners.
    private IReadOnlyList<string> Threatened()
    {
        var owners = index.Owners[finding.ChainId];
        var buyers = finding.Supply.LocalCustomers.OrderBy(c => owners.Contains(c) ? 0 : index.IsCoreOrOwner(c, finding.ChainId) ? 1 : 2)
            .ThenByDescending(c => index.Output(c))
            .ToList();
        var who = buyers.Count > 0 ? buyers : [.. owners.Where(index.IsLocal)];
        return [.. who.Select(e => index.Name(e))];
    }

    private (ChainAction, PolicyInstrument) Remedy() => (finding.Kind, finding.Segment.Stage) switch
    {
        (LinkKind.Missing, Stage.Downstream) => (ChainAction.Extend, PolicyInstrument.MajorProject),
        (LinkKind.Missing, _) => (ChainAction.Fill, PolicyInstrument.MajorProject),
        (_, Stage.Upstream) => (ChainAction.Strengthen, PolicyInstrument.IndustrialFoundation),
        _ => (ChainAction.Strengthen, PolicyInstrument.TechnicalRenovation),
    };
}
