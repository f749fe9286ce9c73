namespace ChainGraph.Analysis.Owners;

/// <summary>The criteria of a chain owner (链主企业) in 第12条 of the manufacturing measures.</summary>
public enum OwnerCriterion
{
    /// <summary>系统集成能力强: integrates many input segments of the chain (distinct segments it buys).</summary>
    SystemIntegration,
    /// <summary>市场占有率高: high market share, or one of the largest firms of its segment.</summary>
    MarketShare,
    /// <summary>产业链拉动作用大: many local suppliers, or much local supply value, depend on it.</summary>
    Pull,
    /// <summary>年产值不少于100亿元: annual output of at least 100亿元.</summary>
    Output,
}
