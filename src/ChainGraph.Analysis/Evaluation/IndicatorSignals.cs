namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// What the indicators say about a firm's production, each against an absolute threshold of <see cref="EvaluationSettings"/>
/// (and, for value added, its peers). The words outputs use come from these, never a blanket "落后产能" label.
/// </summary>
[Flags]
public enum IndicatorSignals
{
    None = 0,
    /// <summary>劳动密集: employees per 亿元 of output at or above <see cref="EvaluationSettings.LabourIntensiveFrom"/>.</summary>
    LabourIntensive = 1,
    /// <summary>能耗高: energy per output at or above <see cref="EvaluationSettings.EnergyHeavyFrom"/>.</summary>
    EnergyHeavy = 2,
    /// <summary>
    /// 亩均效益低: output or tax per 亩 of land below <see cref="EvaluationSettings.LowOutputPerMu"/> /
    /// <see cref="EvaluationSettings.LowTaxPerMu"/>.
    /// </summary>
    LandInefficient = 4,
    /// <summary>
    /// 附加值低: tax / revenue below <see cref="EvaluationSettings.LowValueAddedBelow"/> or in the bottom quarter of the peers.
    /// </summary>
    LowValueAdded = 8,
    /// <summary>研发密集: R&amp;D at or above <see cref="EvaluationSettings.RdIntensiveFrom"/> of revenue.</summary>
    RdIntensive = 16,
}
