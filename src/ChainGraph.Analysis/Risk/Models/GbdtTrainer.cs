namespace ChainGraph.Analysis.Risk.Models;

/// <summary>Which ML.NET gradient-boosting trainer grows the trees.</summary>
public enum GbdtTrainer
{
    /// <summary>Microsoft.ML.LightGbm (native LightGBM): early stopping on the validation rows, row subsampling. The default.</summary>
    LightGbm,
    /// <summary>
    /// Microsoft.ML.FastTree (managed MART): a fixed number of trees (half of <see cref="GbdtOptions.MaxTrees"/>), bagging.
    /// </summary>
    FastTree,
}
