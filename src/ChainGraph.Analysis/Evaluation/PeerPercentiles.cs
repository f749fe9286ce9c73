namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// Mid-rank percentiles within groups: a value's score is (peers below + half the peers equal, itself included) / peers
/// with a value, so scores lie in (0, 1) and the median firm scores about 0.5. Missing values score the neutral 0.5.
/// </summary>
internal static class PeerPercentiles
{
    public static double[] Of(IReadOnlyList<double?> values, IReadOnlyList<string> groups, bool higherIsBetter)
    {
        var scores = new double[values.Count];
        foreach (var group in Enumerable.Range(0, values.Count).GroupBy(i => groups[i]))
        {
            var known = group.Where(i => values[i] is not null).Select(i => values[i]!.Value).Order().ToArray();
            foreach (var i in group) scores[i] = values[i] is { } v ? Percentile(known, v, higherIsBetter) : 0.5;
        }
        return scores;
    }

    private static double Percentile(double[] sorted, double value, bool higherIsBetter)
    {
        var below = LowerBound(sorted, value);
        var equal = LowerBound(sorted, Math.BitIncrement(value)) - below;
        var p = (below + 0.5 * equal) / sorted.Length;
        return higherIsBetter ? p : 1 - p;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
