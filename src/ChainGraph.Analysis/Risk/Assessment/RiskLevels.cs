namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>
/// Thresholds on the risk score, which is the expected share of the chain owners' key input lost within the horizon
/// (likelihood × structural impact; summed over enterprises for a segment or chain). Defaults: critical from 5% (an
/// expected loss of a twentieth of the owners' key input in a year), high from 1%, medium from 0.2%, low below.
/// </summary>
public sealed record RiskLevels
{
    public double Medium { get; init; } = 0.002;

    public double High { get; init; } = 0.01;

    public double Critical { get; init; } = 0.05;

    public static RiskLevels Default { get; } = new();

    public RiskLevel Of(double score) =>
        score >= Critical ? RiskLevel.Critical : score >= High ? RiskLevel.High : score >= Medium ? RiskLevel.Medium : RiskLevel.Low;
}
