namespace ChainGraph.Analysis.Pipeline;

/// <summary>Which ladder a rung belongs to: recognition labels, or the 登峰计划 output tiers.</summary>
public enum PipelineLadder
{
    /// <summary>创新型中小企业 → 专精特新 → 小巨人 → 单项冠军, by the labels the firm holds.</summary>
    Recognition,
    /// <summary>登峰计划 tiers, by annual output.</summary>
    Output,
}
