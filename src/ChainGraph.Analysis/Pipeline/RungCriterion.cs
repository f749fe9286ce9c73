namespace ChainGraph.Analysis.Pipeline;

/// <summary>A criterion a rung implies.</summary>
public enum RungCriterion
{
    /// <summary>R&amp;D spending as a share of revenue.</summary>
    RdRatio,
    /// <summary>Revenue in 亿元.</summary>
    Revenue,
    /// <summary>Years since founding.</summary>
    Years,
    /// <summary>Recorded market share.</summary>
    MarketShare,
    /// <summary>Small or medium-sized: fewer employees than the bureau's SME limit.</summary>
    Employees,
    /// <summary>Annual output in 亿元.</summary>
    Output,
}
