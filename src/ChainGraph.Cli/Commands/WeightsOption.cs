using System.Globalization;
using ChainGraph.Analysis.Evaluation;
using static ChainGraph.Domain.Vocabulary;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// Parses `--weights technology=0.3,energy=0.1` into <see cref="EvaluationWeights"/>: unnamed indicators keep their defaults.
/// </summary>
public static class WeightsOption
{
    /// <exception cref="UsageException">An unknown indicator, a bad or negative number, or all weights zero.</exception>
    public static EvaluationWeights Parse(string? text)
    {
        var weights = EvaluationWeights.Default;
        if (string.IsNullOrWhiteSpace(text)) return weights;
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !TryParse<EvaluationIndicator>(parts[0], out var indicator))
                throw new UsageException($"--weights: '{pair}' is not NAME=WEIGHT with NAME one of {Words<EvaluationIndicator>()}");
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || w < 0 || !double.IsFinite(w))
                throw new UsageException($"--weights: '{parts[1]}' is not a weight (a number ≥ 0) for {parts[0]}");
            weights = weights.With(indicator, w);
        }
        return weights.Total > 0 ? weights : throw new UsageException("--weights: at least one weight must be above 0");
    }
}
