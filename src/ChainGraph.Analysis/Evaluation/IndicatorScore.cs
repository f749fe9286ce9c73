using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// One indicator of one enterprise: the measured <see cref="Value"/> in <see cref="Unit"/> (null when the record lacks it;
/// then the score is the neutral 0.5), its percentile <see cref="Score"/> among the peers (0–1, higher is better —
/// reversed for energy and labour intensity) and the weight it carries.
/// </summary>
public sealed record IndicatorScore(EvaluationIndicator Indicator, double? Value, Localized Unit, double Score, double Weight);
