using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Orders a chain's segments upstream→downstream: Kahn's algorithm over the template, ties (and any cycle leftovers) in stage then file
/// order.
/// </summary>
internal static class SegmentOrder
{
    public static IReadOnlyList<int> Of(string chainId, Dataset dataset, IReadOnlyDictionary<string, int> segmentIndex)
    {
        var segments = Enumerable.Range(0, dataset.Segments.Count).Where(i => dataset.Segments[i].ChainId == chainId).ToList();
        var inDegree = segments.ToDictionary(s => s, _ => 0);
        var next = segments.ToDictionary(s => s, _ => new List<int>());
        foreach (var link in dataset.SegmentLinks)
        {
            if (!segmentIndex.TryGetValue(link.From, out var from) || !segmentIndex.TryGetValue(link.To, out var to)
                || !next.ContainsKey(from) || !inDegree.ContainsKey(to))
                continue;
            next[from].Add(to);
            inDegree[to]++;
        }
        var order = new List<int>();
        var ready = new SortedSet<(Stage, int)>(segments.Where(s => inDegree[s] == 0).Select(s => (dataset.Segments[s].Stage, s)));
        while (ready.Count > 0)
        {
            var (_, s) = ready.Min;
            ready.Remove(ready.Min);
            order.Add(s);
            foreach (var t in next[s])
            {
                if (--inDegree[t] == 0) ready.Add((dataset.Segments[t].Stage, t));
            }
        }
        order.AddRange(segments.Except(order).OrderBy(s => dataset.Segments[s].Stage).ThenBy(s => s));
        return order;
    }
}
