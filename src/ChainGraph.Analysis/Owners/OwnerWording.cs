using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Owners;

/// <summary>The words of chain-owner identification in both languages: statuses, criteria, 登峰计划 tiers, and what it rests on.</summary>
public static class OwnerWording
{
    public static Localized Status(OwnerStatus status) => status switch
    {
        OwnerStatus.Confirmed => new("已确认", "confirmed"),
        OwnerStatus.NoLongerQualifies => new("不再符合", "no longer qualifies"),
        OwnerStatus.Proposed => new("建议认定", "proposed"),
        _ => new("接近标准", "near miss"),
    };

    public static Localized Criterion(OwnerCriterion criterion) => criterion switch
    {
        OwnerCriterion.SystemIntegration => new("系统集成能力", "system integration"),
        OwnerCriterion.MarketShare => new("市场占有率", "market share"),
        OwnerCriterion.Pull => new("产业链拉动", "pull on the chain"),
        _ => new("年产值", "annual output"),
    };

    public static Localized Tier(DengfengTier tier) => tier switch
    {
        DengfengTier.Over1000 => new("千亿级（1000 亿元以上）", "over 1000 (100m CNY)"),
        DengfengTier.Over500 => new("五百亿级（500–1000 亿元）", "500–1000 (100m CNY)"),
        DengfengTier.Over100 => new("百亿级（100–500 亿元）", "100–500 (100m CNY)"),
        _ => new("未达 100 亿元", "below 100 (100m CNY)"),
    };

    /// <summary>The criteria and where they come from (the manufacturing measures are a consultation draft).</summary>
    public static Localized Basis { get; } = new(
        $"链主企业识别依{PolicyCitation.Manufacturing(12).Zh}：系统集成能力强、市场占有率高、产业链拉动作用大、年产值不少于 100 亿元；除产值门槛外，其余标准的具体数值由产业主管部门设定（owners 命令的选项）",
        $"Chain owners are identified per {PolicyCitation.Manufacturing(12).En}: strong system integration, high market share, strong pull on the chain, annual output of at least 100 (100m CNY); apart from the output threshold, the figures are the bureau's to set (options of the owners command)");

    public static Localized TiersHeading { get; } = new(
        $"登峰计划梯队（本市企业；目标为{PolicyCitation.Manufacturing(2).Zh}提出的 2025 年目标）",
        $"登峰 plan tiers (firms in the city; targets for 2025 from {PolicyCitation.Manufacturing(2).En})");
}
