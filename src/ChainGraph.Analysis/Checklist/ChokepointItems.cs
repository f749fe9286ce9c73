using System.Globalization;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// One merged group of chokepoints (same chain, shared enterprises) as a checklist item. Severity terms: input at risk
/// (up to 0.25), the threatened firm's weight against the chain's largest local owner (up to 0.20; a core firm counts
/// half), the spend at risk (up to 0.15, log-normalised), how hard the supply is to replace (up to 0.15: capable domestic
/// alternatives and the relations' substitutability), local owners threatened (up to 0.05), key segment (0.10),
/// overseas (0.10).
/// </summary>
internal sealed class ChokepointItems(ChainIndex index, LinkAssessment assessment, IReadOnlyList<Chokepoint> group,
    IReadOnlyList<Chokepoint> context, double spendScale)
{
    private readonly Chokepoint _lead = group.OrderByDescending(c => c.InputAtRisk).ThenBy(c => c.Kind == ChokepointKind.Bridge).First();

    public ChecklistItem Build()
    {
        var chain = index.Chain(_lead.ChainId);
        var enterprises = group.SelectMany(ChecklistBuilder.Subjects)
            .Distinct()
            .OrderBy(e => index.Id(e), StringComparer.Ordinal)
            .ToList();
        var foreign = enterprises.Any(e => index.Locations[e] == Location.Overseas);
        var type = foreign ? ChecklistItemType.ForeignChokepoint
            : group.Any(c => c.Kind != ChokepointKind.SoleSource) ? ChecklistItemType.Chokepoint : ChecklistItemType.SoleSource;
        var threatened = group.Select(c => c.Dependent).Distinct().OrderByDescending(d => index.Output(d)).ToList();
        var segment = index.Segment(_lead.Segment);
        var score = Score(enterprises, threatened, foreign);
        var findings = group.Select(Finding)
            .DistinctBy(f => f.Text.Zh)
            .Concat(context.Select(Upstream).DistinctBy(f => f.Text.Zh).Take(3))
            .ToList();
        return new ChecklistItem($"chokepoint:{chain.Id}:{string.Join("+", enterprises.Select(e => index.Id(e)))}", 0,
            chain.Id, chain.Name, segment.Id, segment.Name,
            [.. enterprises.Select(e => index.Id(e))], [.. enterprises.Select(Name)],
            type, score.Value, SeverityLevels.Of(score.Value), findings, score.Terms, ChainAction.Stabilise, Instrument(type, segment),
            [.. threatened.Select(Name)],
            [.. group.SelectMany(c => c.Evidence.Paths).Take(3).Select(p => (IReadOnlyList<string>)[.. p.Select(Name)])]);
    }

    private SeverityScore Score(List<int> enterprises, List<int> threatened, bool foreign)
    {
        var score = new SeverityScore();
        var risk = group.Max(c => c.InputAtRisk);
        score.Add("input_at_risk", 0.25 * risk, $"受威胁企业该环节投入的 {Units.Percent(risk)} 面临中断",
            $"{Units.Percent(risk)} of the threatened firm's input is at risk");
        var owners = index.Owners[_lead.ChainId].Where(index.IsLocal).ToList();
        var largest = owners.Count == 0 ? 1 : owners.Max(o => index.Output(o));
        var top = threatened[0];
        var weight = Math.Min(1, index.Output(top) / Math.Max(largest, 1e-9)) * (owners.Contains(top) ? 1 : 0.5);
        score.Add("dependent_weight", 0.20 * weight, $"受威胁的{Role(top).Item1}{Name(top)}年产值{Units.Yi(index.Output(top))}",
            $"the threatened {Role(top).Item2} {Name(top)} has an annual output of {Units.YiEnglish(index.Output(top))}");
        var atRisk = ValueAtRisk();
        if (atRisk > 0)
            score.Add("spend", 0.15 * LinkItems.Spend(atRisk, spendScale), $"涉及年采购额{Units.Money(atRisk)}",
                $"{Units.MoneyEnglish(atRisk)} a year of input at risk");
        var (alternatives, substitutability) = Replaceability(enterprises);
        var irreplaceable = 0.5 * LinkItems.Irreplaceable(alternatives) + 0.5 * (1 - (substitutability ?? 0.5));
        score.Add("replaceability", 0.15 * irreplaceable,
            $"国内其他可替代的在营企业 {alternatives} 家{(substitutability is { } s ? "，可替代性 " + s.ToString("0.00", CultureInfo.InvariantCulture) : "")}",
            $"{alternatives} other capable live firms in China{(substitutability is { } t ? ", substitutability " + t.ToString("0.00", CultureInfo.InvariantCulture) : "")}");
        var ownersHit = threatened.Count(owners.Contains);
        if (ownersHit > 0)
            score.Add("owners", 0.05 * Math.Min(1, ownersHit / 2.0), $"威胁 {ownersHit} 家本地链主",
                $"threatens {ownersHit} local chain owner(s)");
        if (group.Any(c => index.Segment(c.Segment).Key)) score.Add("key_segment", 0.10, "关键环节", "key segment");
        if (foreign) score.Add("overseas", 0.10, "位于境外（卡脖子）", "located overseas (卡脖子)");
        return score;
    }

    // The threatened firms' recorded input for the segments, times the share at risk (万元).
    private double ValueAtRisk()
    {
        var supplies = index.Dataset.Supplies;
        return group.DistinctBy(c => (c.Dependent, c.Segment)).Sum(c => c.InputAtRisk * index.Supplies(c.Segment)
            .Where(r => supplies.Customer[r] == c.Dependent && !float.IsNaN(supplies.AnnualValue[r]))
            .Sum(r => (double)supplies.AnnualValue[r]));
    }

    // Capable live firms in China serving the lead segment other than the chokepoint's, and the mean substitutability of
    // the chokepoint firms' relations to the threatened firms (null when not recorded).
    private (int Alternatives, double? Substitutability) Replaceability(List<int> enterprises)
    {
        var supply = assessment.Supply(_lead.Segment);
        var domestic = enterprises.Count(e => index.Locations[e] != Location.Overseas);
        var alternatives = Math.Max(0, supply.LocalFirms + supply.RingFirms + supply.DomesticFirms - domestic);
        var supplies = index.Dataset.Supplies;
        var dependents = group.Select(c => c.Dependent).ToHashSet();
        var subjects = enterprises.ToHashSet();
        var values = group.Select(c => c.Segment).Distinct().SelectMany(index.Supplies)
            .Where(r => subjects.Contains(supplies.Supplier[r]) && dependents.Contains(supplies.Customer[r])
                && !float.IsNaN(supplies.Substitutability[r]))
            .Select(r => (double)supplies.Substitutability[r]).ToList();
        return (alternatives, values.Count > 0 ? values.Average() : null);
    }

    private RuleFinding Finding(Chokepoint c)
    {
        var (segment, dependent) = (index.Segment(c.Segment).Name, Name(c.Dependent));
        var first = Name(c.Enterprises[0]);
        return c.Kind switch
        {
            ChokepointKind.SoleSource => new("sole_source", new(
                $"单一来源：{first}占{dependent}{segment}在营供应的 {Units.Percent(c.InputAtRisk)}",
                $"sole source: {first} provides {Units.Percent(c.InputAtRisk)} of {dependent}'s live supply of {segment}")),
            ChokepointKind.Dominator when c.Evidence.SuppliersReaching == 1 => new("dominator", new(
                $"单点失效：{first}是{dependent}目前唯一的{segment}供应商（该环节其他在营企业目前都不向其供货）",
                $"single point of failure: {first} is currently the only supplier of {segment} that reaches {dependent} (no other live supplier serves it)")),
            ChokepointKind.Dominator => new("dominator", new(
                $"单点失效：{segment}的 {c.Evidence.SuppliersReaching} 家供应商到{dependent}的所有供应路径都经过{first}",
                $"single point of failure: every supply path from the {c.Evidence.SuppliersReaching} suppliers of {segment} to {dependent} passes through {first}")),
            ChokepointKind.Cut => new("minimum_cut", new(
                $"最小割：失去{string.Join("和", c.Enterprises.Select(Name))}，{dependent}将与全部 {c.Evidence.SuppliersReaching} 家{segment}供应商断开",
                $"minimum cut: losing {string.Join(" and ", c.Enterprises.Select(Name))} cuts {dependent} off from all {c.Evidence.SuppliersReaching} suppliers of {segment}")),
            _ => new("critical_relation", new(
                $"关键供应关系：{segment}到{dependent}的所有供应路径都经过 {first} → {Name(c.Enterprises[1])}",
                $"critical relation: every supply path from {segment} to {dependent} uses {first} → {Name(c.Enterprises[1])}")),
        };
    }

    // A dependency between two firms outside the city, upstream of this item's enterprise: evidence, not an item.
    private RuleFinding Upstream(Chokepoint c) => new("upstream_evidence", new(
        $"上游依据：{Name(c.Enterprises[0])}供应{Name(c.Dependent)}{index.Segment(c.Segment).Name}投入的 {Units.Percent(c.InputAtRisk)}",
        $"upstream evidence: {Name(c.Enterprises[0])} provides {Units.Percent(c.InputAtRisk)} of {Name(c.Dependent)}'s input for {index.Segment(c.Segment).Name}"));

    private (string, string) Role(int e) =>
        index.Owners[_lead.ChainId].Contains(e) ? ("链主", "chain owner") : ("核心配套企业", "core supporting firm");

    private string Name(int e) => index.Name(e);

    private static PolicyInstrument Instrument(ChecklistItemType type, Segment segment) => type switch
    {
        ChecklistItemType.ForeignChokepoint => PolicyInstrument.FirstOfKind,
        ChecklistItemType.SoleSource when segment.Stage == Stage.Upstream => PolicyInstrument.IndustrialFoundation,
        ChecklistItemType.SoleSource => PolicyInstrument.SupplyChainService,
        _ => PolicyInstrument.TechnicalRenovation,
    };
}
