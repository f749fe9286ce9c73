using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// The words of the evaluation in both languages: classes, indicators and units, signals, protections, compliance findings, peer levels.
/// </summary>
public static class EvaluationWording
{
    public static Localized Class(GuidanceClass guidance) => guidance switch
    {
        GuidanceClass.SupportToGrow => new("做大做强", "support to grow"),
        GuidanceClass.RoutineService => new("常规服务", "routine service"),
        GuidanceClass.KeepHeadquarters => new("总部留深", "keep headquarters here"),
        GuidanceClass.AssistTransfer => new("有序转移", "assist orderly transfer"),
        _ => new("依法淘汰", "close by law"),
    };

    public static Localized Indicator(EvaluationIndicator indicator) => indicator switch
    {
        EvaluationIndicator.Technology => new("技术先进性（研发投入强度）", "technology (R&D intensity)"),
        EvaluationIndicator.ValueAdded => new("产品附加值（税收占营收）", "value added (tax / revenue)"),
        EvaluationIndicator.Tax => new("税收贡献", "tax paid"),
        EvaluationIndicator.Energy => new("能耗", "energy use"),
        EvaluationIndicator.Labour => new("劳动密集程度", "labour intensity"),
        EvaluationIndicator.Scale => new("规模实力（年产值）", "scale (annual output)"),
        _ => new("成长性", "growth"),
    };

    /// <summary>Short indicator names for table headers.</summary>
    public static Localized ShortName(EvaluationIndicator indicator) => indicator switch
    {
        EvaluationIndicator.Technology => new("技术", "tech"),
        EvaluationIndicator.ValueAdded => new("附加值", "VA"),
        EvaluationIndicator.Tax => new("税收", "tax"),
        EvaluationIndicator.Energy => new("能耗", "energy"),
        EvaluationIndicator.Labour => new("用工", "labour"),
        EvaluationIndicator.Scale => new("规模", "scale"),
        _ => new("成长", "growth"),
    };

    public static Localized Unit(EvaluationIndicator indicator) => indicator switch
    {
        EvaluationIndicator.Technology or EvaluationIndicator.ValueAdded => new("占营业收入比例", "share of revenue"),
        EvaluationIndicator.Tax or EvaluationIndicator.Scale => new("亿元", "100m CNY"),
        EvaluationIndicator.Energy => new("吨标准煤/万元", "tce per 10k CNY"),
        EvaluationIndicator.Labour => new("人/亿元", "persons per 100m CNY"),
        _ => new("ln(亿元)/年", "ln(100m CNY) per year"),
    };

    public static Localized Compliance(ComplianceFlags flag) => flag switch
    {
        ComplianceFlags.SafetyHazard => new("有重大安全隐患", "a major safety hazard"),
        ComplianceFlags.Unlicensed => new("无证无牌经营", "operating without licences"),
        ComplianceFlags.WageArrears => new("恶意欠薪", "wage arrears"),
        _ => new("属国家明令禁止和淘汰的产能", "capacity the state has banned"),
    };

    public static Localized Protection(Protection protection) => protection switch
    {
        Evaluation.Protection.ChainOwner => new("链主企业", "chain owner"),
        Evaluation.Protection.CoreSupplier => new("核心配套企业", "core supporting enterprise"),
        Evaluation.Protection.LittleGiant => new("专精特新“小巨人”企业", "specialised \"little giant\""),
        _ => new("制造业单项冠军企业", "single-item champion"),
    };

    public static Localized Signal(IndicatorSignals signal) => signal switch
    {
        IndicatorSignals.LabourIntensive => new("劳动密集", "labour-intensive"),
        IndicatorSignals.EnergyHeavy => new("能耗高", "energy-heavy"),
        IndicatorSignals.LandInefficient => new("亩均效益低", "low yield per mu of land"),
        IndicatorSignals.LowValueAdded => new("附加值低", "low value added"),
        _ => new("研发密集", "R&D-intensive"),
    };

    public static Localized Level(PeerLevel level) => level switch
    {
        PeerLevel.IndustryClass => new("行业小类", "industry class"),
        PeerLevel.IndustryGroup => new("行业中类", "industry group"),
        PeerLevel.IndustryMajor => new("行业大类", "industry major group"),
        PeerLevel.Section => new("行业门类", "industry section"),
        _ => new("全部参评企业", "all evaluated firms"),
    };

    /// <summary>What the evaluation rests on and who sets the weights, with the weights in use.</summary>
    public static Localized Basis(EvaluationWeights weights)
    {
        var indicators = Enum.GetValues<EvaluationIndicator>();
        string List(Language l, string separator) => string.Join(separator, indicators.Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{ShortName(i).In(l)} {weights.Of(i) / weights.Total:0%}")));
        var plan = PolicyCitation.TransferPlan;
        return new(
            $"本评价按{plan.Zh}提出的“工业企业综合评价指标体系”（技术先进性、产品附加值、税收贡献、能耗、劳动密集程度、规模实力、成长性）在同行业企业中计算；" +
            $"该方案为2009年试行方案，已于2012年到期，分类仅供参考。各指标权重由产业主管部门设定（命令行 evaluate --weights），当前为：{List(Language.Zh, "、")}。" +
            "依法淘汰仅依据合规记录；链主企业、核心配套企业、“小巨人”和单项冠军企业不列入有序转移或依法淘汰。",
            $"The index follows the \"comprehensive evaluation index of industrial enterprises\" of {plan.En} (technology, value added, tax, energy, labour intensity, scale, growth), " +
            $"ranked within each industry; that plan was a 2009 trial and expired in 2012, so the classes are advisory. The weights are the bureau's to set (evaluate --weights); " +
            $"in use: {List(Language.En, ", ")}. Only a compliance record puts a firm into close-by-law; chain owners, core supporting enterprises, little giants and champions are never advised to transfer or close.");
    }
}
