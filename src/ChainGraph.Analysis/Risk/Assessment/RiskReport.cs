using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>Risk of the assessed chains, with the model behind the likelihoods and its held-out metrics.</summary>
public sealed record RiskReport(
    DateOnly AsOf,
    int HorizonMonths,
    LikelihoodModelKind Model,
    ModelEvaluation ModelEvaluation,
    RiskLevels Levels,
    IReadOnlyList<ChainRisk> Chains);
