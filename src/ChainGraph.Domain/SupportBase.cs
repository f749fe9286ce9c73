namespace ChainGraph.Domain;

/// <summary>What a policy instrument's percentage is taken of (the table in docs/domain.md).</summary>
public enum SupportBase
{
    /// <summary>项目投资额: the project's investment (from the projects file).</summary>
    Investment,
    /// <summary>固定资产投资额: the project's fixed investment (from the projects file).</summary>
    FixedInvestment,
    /// <summary>
    /// 产品实际销售总额: the actual sales of the first-of-kind product (三首, 第11条: "按产品实际销售总额"), which only a
    /// project can state; the firm's whole revenue is not it.
    /// </summary>
    ProductSales,
}

public static class SupportBases
{
    public static string Chinese(SupportBase value) => value switch
    {
        SupportBase.Investment => "项目投资额",
        SupportBase.FixedInvestment => "固定资产投资额",
        _ => "产品实际销售总额",
    };

    public static string English(SupportBase value) => value switch
    {
        SupportBase.Investment => "project investment",
        SupportBase.FixedInvestment => "fixed investment",
        _ => "actual sales of the product",
    };
}
