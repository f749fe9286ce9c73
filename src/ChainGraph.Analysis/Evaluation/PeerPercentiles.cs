namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// Mid-rank percentiles within peer groups: a value's score is (peers below + half the peers equal, itself included) /
/// peers with a value, so scores lie in (0, 1) and the median firm scores about 0.5. A group's peers are every firm whose
/// industry code starts with the group's code — so a firm that fell back from a sparse class is ranked among the whole
/// wider group, not among the other firms that fell back. Missing values score the neutral 0.5.
/// </summary>
internal static class PeerPercentiles
{
    public static double[] Of(IReadOnlyList<double?> values, IReadOnlyList<string?> industryCodes, IReadOnlyList<PeerGroup> groups,
        bool higherIsBetter)
    {
        var scores = new double[values.Count];
        foreach (var group in Enumerable.Range(0, values.Count).GroupBy(i => (groups[i].Level, groups[i].Code)))
        {
            var known = Enumerable.Range(0, values.Count)
                .Where(j => values[j] is not null && InGroup(industryCodes[j], group.Key.Level, group.Key.Code))
                .Select(j => values[j]!.Value).Order().ToArray();
            foreach (var i in group) scores[i] = values[i] is { } v && known.Length > 0 ? Percentile(known, v, higherIsBetter) : 0.5;
        }
        return scores;
    }

    private static bool InGroup(string? code, PeerLevel level, string prefix) =>
        level == PeerLevel.All || (code is not null && code.StartsWith(prefix, StringComparison.Ordinal));

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
