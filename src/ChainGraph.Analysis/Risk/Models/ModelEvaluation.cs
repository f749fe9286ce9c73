using ChainGraph.Analysis.Risk.Metrics;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// One model's measured quality: <see cref="Test"/> on the held-out window after the cutoff, <see cref="Validation"/> on
/// the calibration rows (optimistic for the trees, which stopped early on them), the global feature importance on the
/// test rows, and a one-line summary of the fit (iterations, trees).
/// </summary>
public sealed record ModelEvaluation(
    LikelihoodModelKind Kind,
    string Summary,
    ClassificationMetrics Test,
    ClassificationMetrics Validation,
    IReadOnlyList<FeatureImportance> Importance);
