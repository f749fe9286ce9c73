namespace ChainGraph.Analysis.Risk.Metrics;

/// <summary>Held-out metrics of predicted probabilities against labels. Pure functions; inputs are not modified.</summary>
public static class MetricsCalculator
{
    public static ClassificationMetrics Evaluate(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, int bins = 10)
    {
        if (probabilities.Count != labels.Count) throw new ArgumentException("one label per probability expected", nameof(labels));
        var positives = labels.Count(l => l);
        var rate = labels.Count == 0 ? 0 : (double)positives / labels.Count;
        return new ClassificationMetrics(labels.Count, positives, rate, RocAuc(probabilities, labels),
            AveragePrecision(probabilities, labels),
            Brier(probabilities, labels), LogLoss(probabilities, labels), TopLift(probabilities, labels, 0.1, rate),
            CalibrationTable(probabilities, labels, bins));
    }

    /// <summary>ROC AUC by the Mann–Whitney statistic with mid-ranks for ties; NaN without both classes.</summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var rankSum = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && scores[order[end]] == scores[order[start]]) end++;
            var midRank = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++) rankSum += labels[order[k]] ? midRank : 0;
            start = end;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>Average precision: Σ over distinct score thresholds (high to low) of Δrecall × precision; NaN without positives.</summary>
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        if (positives == 0) return double.NaN;
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        double truePositives = 0, total = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            var gained = 0;
            while (end < order.Length && scores[order[end]] == scores[order[start]]) gained += labels[order[end++]] ? 1 : 0;
            truePositives += gained;
            total += gained / (double)positives * (truePositives / end);
            start = end;
        }
        return total;
    }

    public static double Brier(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels) =>
        labels.Count == 0 ? double.NaN : probabilities.Select((p, i) => (p - (labels[i] ? 1 : 0)) * (p - (labels[i] ? 1 : 0))).Average();

    public static double LogLoss(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels) =>
        labels.Count == 0 ? double.NaN : probabilities.Select((p, i) => -Math.Log(Math.Clamp(labels[i] ? p : 1 - p, 1e-15, 1))).Average();

    /// <summary>Equal-count bins by predicted probability, lowest first.</summary>
    public static IReadOnlyList<CalibrationBin> CalibrationTable(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels,
        int bins = 10)
    {
        var order = Enumerable.Range(0, probabilities.Count).OrderBy(i => probabilities[i]).ToArray();
        var table = new List<CalibrationBin>();
        for (var b = 0; b < bins; b++)
        {
            var slice = order[(int)((long)b * order.Length / bins)..(int)((long)(b + 1) * order.Length / bins)];
            if (slice.Length == 0) continue;
            var predicted = slice.Select(i => probabilities[i]).ToArray();
            var hits = slice.Count(i => labels[i]);
            table.Add(new CalibrationBin(b + 1, slice.Length, hits, predicted.Min(), predicted.Max(), predicted.Average(),
                (double)hits / slice.Length));
        }
        return table;
    }

    private static double TopLift(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double fraction, double rate)
    {
        if (rate == 0) return double.NaN;
        var take = Math.Max(1, (int)Math.Round(labels.Count * fraction));
        var top = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(take);
        return top.Count(i => labels[i]) / (double)take / rate;
    }

    /// <summary>Hanley &amp; McNeil (1982) standard error of a ROC AUC from its positives and negatives; NaN without both.</summary>
    public static double RocAucStandardError(double auc, int positives, int negatives)
    {
        if (positives == 0 || negatives == 0 || double.IsNaN(auc)) return double.NaN;
        var (q1, q2) = (auc / (2 - auc), 2 * auc * auc / (1 + auc));
        var variance = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc)
            + (negatives - 1) * (q2 - auc * auc)) / ((double)positives * negatives);
        return Math.Sqrt(variance);
    }
}
