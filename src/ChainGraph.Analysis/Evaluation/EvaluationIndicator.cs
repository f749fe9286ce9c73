namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// The indicators of the comprehensive evaluation index of industrial enterprises (工业企业综合评价指标体系 of the 2009 transfer plan),
/// each measured from the enterprise record (see <see cref="EnterpriseEvaluator"/> for the exact measures and proxies).
/// </summary>
public enum EvaluationIndicator
{
    /// <summary>技术先进性: R&amp;D spending / revenue.</summary>
    Technology,
    /// <summary>产品附加值: tax / revenue, a value-added-rate proxy (VAT is levied on value added).</summary>
    ValueAdded,
    /// <summary>税收贡献: tax paid (亿元).</summary>
    Tax,
    /// <summary>能耗: energy per output (吨标准煤/万元); lower is better.</summary>
    Energy,
    /// <summary>劳动密集程度: employees per 亿元 of output; lower is better.</summary>
    Labour,
    /// <summary>规模实力: annual output (亿元).</summary>
    Scale,
    /// <summary>成长性: ln(1 + output) per year of age — scale built per year, a proxy while no output history is recorded.</summary>
    Growth,
}
