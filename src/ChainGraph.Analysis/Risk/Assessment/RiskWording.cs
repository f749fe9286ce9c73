using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>The words of risk explanations in Chinese beside the stable English feature and kind names.</summary>
public static class RiskWording
{
    private static readonly Dictionary<string, string> Features = new()
    {
        [FeatureCatalog.LogOutput] = "规模（年产值对数）",
        [FeatureCatalog.AgeYears] = "成立年限",
        [FeatureCatalog.Young] = "成立不足 5 年",
        [FeatureCatalog.RevenueToOutput] = "营收与产值之比",
        [FeatureCatalog.TaxRate] = "税收占营收",
        [FeatureCatalog.RdRatio] = "研发投入强度",
        [FeatureCatalog.EnergyPerOutput] = "单位产值能耗",
        [FeatureCatalog.Province] = "位于省内其他城市",
        [FeatureCatalog.RestOfCountry] = "位于国内其他省份",
        [FeatureCatalog.Overseas] = "位于境外",
        [FeatureCatalog.SanctionsCountry] = "所在国实行出口管制",
        [FeatureCatalog.SanctionsExposed] = "受出口管制影响的环节",
        [FeatureCatalog.SupplierHhi] = "自身供应商集中度",
        [FeatureCatalog.SoleSourceDependence] = "依赖单一来源的环节比例",
        [FeatureCatalog.LogDegree] = "供应网络连接数（对数）",
        [FeatureCatalog.PageRank] = "网络重要性（PageRank）",
        [FeatureCatalog.PastEvents1Y] = "近一年中断事件数",
        [FeatureCatalog.PastEventRate] = "年均中断事件数",
        [FeatureCatalog.PastMaxSeverity] = "近三年最严重事件程度",
    };

    /// <summary>A feature's Chinese name (its English name when none is recorded).</summary>
    public static string Feature(string name) => Features.GetValueOrDefault(name, name);

    public static Localized Chokepoint(ChokepointKind kind) => kind switch
    {
        ChokepointKind.SoleSource => new("单一来源", "sole_source"),
        ChokepointKind.Dominator => new("必经企业（支配点）", "dominator"),
        ChokepointKind.Cut => new("最小割", "cut"),
        _ => new("必经供应关系", "bridge"),
    };
}
