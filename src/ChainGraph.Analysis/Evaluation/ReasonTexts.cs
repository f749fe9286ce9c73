using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>The reasons of the guidance rules in both languages, every number with its unit.</summary>
internal static class ReasonTexts
{
    private static readonly ComplianceFlags[] Findings = [.. Enum.GetValues<ComplianceFlags>().Where(c => c != ComplianceFlags.None)];

    public static Localized Inactive(EnterpriseStatus status) => status == EnterpriseStatus.Closed
        ? new("已注销：不参与分类", "closed: no guidance class")
        : new("停产停业：核实经营状况后再分类", "suspended: classify once its operations are verified");

    public static Localized Eliminate(ComplianceFlags compliance)
    {
        var (zh, en) = Join(Findings.Where(c => compliance.HasFlag(c)).Select(EvaluationWording.Compliance));
        var plan = PolicyCitation.TransferPlan;
        return new($"依法淘汰：{zh}（合规记录），依{plan.Zh}“加强对工业企业分类引导”的规定；综合得分不作为淘汰依据",
            $"close by law: {en} (compliance record), per {plan.En} on guiding enterprises by class; the score is never a ground for closure");
    }

    public static Localized Rectify(ComplianceFlags compliance)
    {
        var (zh, en) = Join(Findings.Where(c => compliance.HasFlag(c)).Select(EvaluationWording.Compliance));
        return new($"合规记录：{zh}，应依法督促整改；因其在重点产业链中的地位，不列入依法淘汰",
            $"compliance record: {en}; to be rectified under the law — not closed, given its place in the key chains");
    }

    public static IEnumerable<Localized> Protected(EvaluatedFirm f)
    {
        if (f.Protection.HasFlag(Protection.ChainOwner)) yield return Owner(f.OwnerChains);
        if (f.Protection.HasFlag(Protection.CoreSupplier)) yield return Core(f.CoreChains);
        if (f.Protection.HasFlag(Protection.LittleGiant)) yield return Label(Protection.LittleGiant);
        if (f.Protection.HasFlag(Protection.Champion)) yield return Label(Protection.Champion);
    }

    private static Localized Owner(IReadOnlyList<string> chains)
    {
        var twelve = PolicyCitation.Manufacturing(12);
        return new($"做大做强：{string.Join("、", chains)}链主企业，依{twelve.Zh}重点支持，总部与生产均留在本市，不列入有序转移或依法淘汰；如因城市更新确需搬迁，按同一文件第24条在市内腾挪安置",
            $"support to grow: chain owner of {string.Join(", ", chains)}, supported under {twelve.En}; keeps its headquarters and its production in the city and is never advised to transfer or close; if urban renewal forces a move, it is relocated inside the city (measure 24)");
    }

    private static Localized Core(IReadOnlyList<string> chains)
    {
        var fifteen = PolicyCitation.Manufacturing(15);
        return new($"做大做强：{string.Join("、", chains)}核心配套企业，依{fifteen.Zh}对链主企业和核心配套企业建立常态化服务，保障产业链安全，不列入有序转移或依法淘汰",
            $"support to grow: core supporting enterprise of {string.Join(", ", chains)}, served as {fifteen.En} provides to keep the chains secure; never advised to transfer or close");
    }

    private static Localized Label(Protection label)
    {
        var thirteen = PolicyCitation.Manufacturing(13);
        var name = EvaluationWording.Protection(label);
        return new($"做大做强：{name.Zh}，依{thirteen.Zh}支持专业化发展，不列入有序转移或依法淘汰",
            $"support to grow: {name.En}, supported under {thirteen.En}; never advised to transfer or close");
    }

    public static Localized KeepHeadquarters(EvaluatedFirm f, EvaluationSettings settings)
    {
        var (zh, en) = Join(Signals(f, settings, IndicatorSignals.LabourIntensive | IndicatorSignals.LandInefficient));
        var hq = f.HeadquartersStrength;
        return new(Text($"总部留深：生产环节{zh}，但总部功能有价值（研发、附加值、税收平均高于 {hq:0%} 的同行，总部在本市）：支持总部扎根本市，生产加工环节可有序外移"),
            Text($"keep headquarters here: production is {en}, but the headquarters functions are valuable (R&D, value added and tax above {hq:0%} of peers on average; headquarters in the city): keep the headquarters, production may move"));
    }

    public static Localized Transfer(EvaluatedFirm f, EvaluationSettings settings)
    {
        var (zh, en) = Join(Signals(f, settings, IndicatorSignals.LowValueAdded | IndicatorSignals.LabourIntensive
            | IndicatorSignals.EnergyHeavy | IndicatorSignals.LandInefficient));
        var rd = f.Of(EvaluationIndicator.Technology).Value;
        var rdZh = rd is { } r ? Text($"研发投入占营收 {r:0.0%}，未达 {settings.RdIntensiveFrom:0.0%}") : "未登记研发投入";
        var rdEn = rd is { } s ? Text($"R&D at {s:0.0%} of revenue, below {settings.RdIntensiveFrom:0.0%}") : "no R&D recorded";
        return new($"有序转移：制造加工环节，{zh}，{rdZh}；总部功能不突出：可协助有序转移，或就地优化提升",
            $"assist orderly transfer: a manufacturing stage that is {en}, {rdEn}; no valuable headquarters function: assist an orderly transfer, or upgrading in place");
    }

    public static Localized Support(EvaluatedFirm f, IReadOnlyList<Localized> strengths)
    {
        if (strengths.Count == 0)
            return new(Text($"做大做强：综合得分 {100 * f.Composite:0.0} 分，处同行前列"), Text(
                $"support to grow: composite {100 * f.Composite:0.0} of 100, among the leaders of its peers"));
        var (zh, en) = Join(strengths);
        return new($"做大做强：{zh}", $"support to grow: {en}");
    }

    public static Localized Routine(EvaluatedFirm f, EvaluationSettings settings)
    {
        var observed = Signals(f, settings, IndicatorSignals.LabourIntensive | IndicatorSignals.EnergyHeavy
            | IndicatorSignals.LandInefficient | IndicatorSignals.LowValueAdded).ToList();
        var (zh, en) = Join(observed);
        return observed.Count == 0
            ? new("常规服务：无突出优势，也无劳动密集、高能耗、亩均产出低或附加值低的特征",
            "routine service: no outstanding strength, and not labour-intensive, energy-heavy, land-inefficient or low in value added")
            : new($"常规服务：{zh}，但不同时具备转移类的全部特征（制造加工环节、附加值低、研发投入不足、劳动或能耗或用地密集）",
                $"routine service: {en}, but not every mark of the transfer class (manufacturing stage, low value added, little R&D, labour-, energy- or land-heavy)");
    }

    public static Localized Strength(IndicatorScore s)
    {
        var name = EvaluationWording.Indicator(s.Indicator);
        var above = Math.Floor(100 * s.Score);
        return new(Text($"{name.Zh}高于 {above:0}% 的同行"), Text($"{name.En} above {above:0}% of peers"));
    }

    public static Localized Composite(double composite) =>
        new(Text($"综合得分 {100 * composite:0.0} 分（满分 100，同行百分位加权）"), Text(
        $"composite {100 * composite:0.0} of 100 (weighted percentiles among peers)"));

    public static Localized Land(LandUse land)
    {
        var taxZh = land.TaxPerMu is { } t ? Text($"、亩均税收 {t:0.0} 万元/亩") : "";
        var taxEn = land.TaxPerMu is { } u ? Text($", tax {u:0.0} (10k CNY per mu)") : "";
        return new(Text($"用地 {land.AreaMu:0.#} 亩，亩均产出 {land.OutputPerMu:0} 万元/亩{taxZh}"),
            Text($"land {land.AreaMu:0.#} mu; output {land.OutputPerMu:0} (10k CNY per mu){taxEn}"));
    }

    /// <summary>The observed signals among <paramref name="which"/>, each with its figure and threshold.</summary>
    private static IEnumerable<Localized> Signals(EvaluatedFirm f, EvaluationSettings settings, IndicatorSignals which)
    {
        var labour = f.Of(EvaluationIndicator.Labour);
        var energy = f.Of(EvaluationIndicator.Energy);
        var value = f.Of(EvaluationIndicator.ValueAdded);
        if (which.HasFlag(IndicatorSignals.LowValueAdded) && f.Has(IndicatorSignals.LowValueAdded))
            yield return new(Text($"附加值低（税收占营收 {value.Value:0.0%}，低于 {1 - value.Score:0%} 的同行）"),
                Text($"low in value added (tax {value.Value:0.0%} of revenue, below {1 - value.Score:0%} of peers)"));
        if (which.HasFlag(IndicatorSignals.LabourIntensive) && f.Has(IndicatorSignals.LabourIntensive))
            yield return new(Text($"劳动密集（每亿元产值 {labour.Value:0} 人，达到 {settings.LabourIntensiveFrom:0} 人的劳动密集线）"),
                Text($"labour-intensive ({labour.Value:0} persons per 100m CNY of output, at or above {settings.LabourIntensiveFrom:0})"));
        if (which.HasFlag(IndicatorSignals.EnergyHeavy) && f.Has(IndicatorSignals.EnergyHeavy))
            yield return new(Text($"能耗高（{energy.Value:0.00} 吨标准煤/万元，达到 {settings.EnergyHeavyFrom:0.00} 的高能耗线）"),
                Text($"energy-heavy ({energy.Value:0.00} tce per 10k CNY, at or above {settings.EnergyHeavyFrom:0.00})"));
        if (which.HasFlag(IndicatorSignals.LandInefficient) && f.Land is { } land && f.Has(IndicatorSignals.LandInefficient))
            yield return LandShortfall(land, settings);
    }

    // Names the measure that fell short: output per 亩, tax per 亩, or both.
    private static Localized LandShortfall(LandUse land, EvaluationSettings settings)
    {
        var output = land.OutputPerMu < settings.LowOutputPerMu;
        var tax = land.TaxPerMu is { } t && t < settings.LowTaxPerMu;
        var zh = new List<string>();
        var en = new List<string>();
        if (output) { zh.Add(Text($"亩均产出 {land.OutputPerMu:0} 万元/亩，低于 {settings.LowOutputPerMu:0}")); en.Add(
            Text($"output {land.OutputPerMu:0} per mu, below {settings.LowOutputPerMu:0}")); }
        if (tax) { zh.Add(Text($"亩均税收 {land.TaxPerMu:0.0} 万元/亩，低于 {settings.LowTaxPerMu:0}")); en.Add(
            Text($"tax {land.TaxPerMu:0.0} per mu, below {settings.LowTaxPerMu:0}")); }
        return new($"亩均效益低（{string.Join("；", zh)}）", $"low yield per mu of land ({string.Join("; ", en)}; 10k CNY per mu)");
    }

    private static (string Zh, string En) Join(IEnumerable<Localized> parts)
    {
        var list = parts.ToList();
        return (string.Join("、", list.Select(p => p.Zh)), string.Join(", ", list.Select(p => p.En)));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
