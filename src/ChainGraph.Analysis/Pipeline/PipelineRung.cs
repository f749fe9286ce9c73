namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// A rung of the cultivation pipeline (梯度培育). Two ladders: recognition (创新型中小企业 → 专精特新 → 专精特新"小巨人" →
/// 单项冠军, 第13条 of the manufacturing measures) and output (the 登峰计划 tiers 100亿 / 500亿 / 1000亿, 第2条).
/// Written `innovative_sme`, `specialized`, `little_giant`, `champion`, `over100`, `over500`, `over1000`.
/// </summary>
public enum PipelineRung
{
    /// <summary>创新型中小企业.</summary>
    InnovativeSme,
    /// <summary>专精特新中小企业.</summary>
    Specialized,
    /// <summary>专精特新"小巨人".</summary>
    LittleGiant,
    /// <summary>单项冠军.</summary>
    Champion,
    /// <summary>登峰计划: annual output at least 100亿元.</summary>
    Over100,
    /// <summary>登峰计划: annual output at least 500亿元.</summary>
    Over500,
    /// <summary>登峰计划: annual output at least 1000亿元.</summary>
    Over1000,
}
