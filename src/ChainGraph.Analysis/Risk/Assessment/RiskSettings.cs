using ChainGraph.Analysis.Risk.Impact;
using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>How <see cref="RiskAssessor"/> combines likelihood and impact.</summary>
public sealed record RiskSettings
{
    public RiskLevels Levels { get; init; } = RiskLevels.Default;

    public ImpactSettings Impact { get; init; } = ImpactSettings.Default;

    /// <summary>Which of the model's likelihood models to use; null for its primary one.</summary>
    public LikelihoodModelKind? Model { get; init; }

    /// <summary>Score as of this date; null for the end of the recorded event history.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// Likelihood factors listed per enterprise: the largest contributions that raise it (or, if none does, the largest).
    /// </summary>
    public int LikelihoodFactors { get; init; } = 3;

    /// <summary>
    /// Compute the chain's resilience curves (random and targeted removals); costs about 200 whole-network cascades per chain.
    /// </summary>
    public bool IncludeResilience { get; init; } = true;

    public static RiskSettings Default { get; } = new();
}
