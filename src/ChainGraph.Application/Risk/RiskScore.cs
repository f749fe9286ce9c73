using ChainGraph.Analysis.Risk.Assessment;

namespace ChainGraph.Application.Risk;

/// <summary>
/// A score in [0, 1] with its level and the factors that make it up (their contributions add up to the score, capped at 1).
/// </summary>
public sealed record RiskScore(double Score, RiskLevel Level, IReadOnlyList<StructuralFactor> Factors)
{
    public static RiskScore Of(IEnumerable<StructuralFactor> factors)
    {
        var list = factors.ToList();
        var score = Math.Round(Math.Clamp(list.Sum(f => f.Contribution), 0, 1), 4);
        return new RiskScore(score, LevelOf(score), list);
    }

    /// <summary>Levels: low &lt; 0.25 ≤ medium &lt; 0.5 ≤ high &lt; 0.75 ≤ critical.</summary>
    public static RiskLevel LevelOf(double score) => score switch
    {
        >= 0.75 => RiskLevel.Critical,
        >= 0.5 => RiskLevel.High,
        >= 0.25 => RiskLevel.Medium,
        _ => RiskLevel.Low,
    };
}

/// <summary>One term of a risk score: the measured value, its weighted contribution, and what it means.</summary>
public sealed record StructuralFactor(string Name, double Value, double Contribution, string Description)
{
    public static StructuralFactor Weighted(string name, double value, double weight, string description) =>
        new(name, Math.Round(value, 4), Math.Round(value * weight, 4), description);
}
