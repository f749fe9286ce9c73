namespace ChainGraph.Analysis.Risk.Models;

/// <summary>The likelihood models a <see cref="RiskModel"/> can hold.</summary>
public enum LikelihoodModelKind
{
    /// <summary>L2-regularised logistic regression on standardised features (ML.NET L-BFGS): the linear baseline.</summary>
    Logistic,
    /// <summary>Gradient-boosted decision trees on the raw features (ML.NET LightGBM or FastTree).</summary>
    Gbdt,
    /// <summary>The analysts' rule of thumb: one point each for overseas, past events, small (&lt; 1亿) and young.</summary>
    Rule,
}
