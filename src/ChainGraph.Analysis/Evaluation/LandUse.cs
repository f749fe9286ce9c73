namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// Land-use efficiency (亩均) when the firm's industrial land is known: output and tax per 亩 in 万元/亩
/// (null when the record lacks tax).
/// </summary>
public sealed record LandUse(double AreaMu, double OutputPerMu, double? TaxPerMu);
