namespace ChainGraph.Synthetic;

/// <summary>
/// How the scale preset lays <c>n</c> enterprises out: one segment each, in contiguous index ranges sized by segment
/// weight, chain owners first in their segment's range. Also the most relations such a layout can hold under the
/// import rules (distinct suppliers per customer and segment, at most <see cref="ShareSplitter.MaxSuppliers"/> each).
/// </summary>
public sealed class ScaleLayout
{
    /// <summary>Fewest enterprises the preset accepts: enough for every segment to have owners and suppliers.</summary>
    public const int MinimumEnterprises = 1_000;

    /// <summary>Most enterprises the preset accepts; far below the 10^8 organisation codes a division allows.</summary>
    public const int MaximumEnterprises = 20_000_000;

    private readonly int[] start;
    private readonly int[] ownerCount;

    public ScaleLayout(TemplateGraph graph, int enterprises)
    {
        if (enterprises is < MinimumEnterprises or > MaximumEnterprises) throw new ArgumentOutOfRangeException(nameof(enterprises));
        Graph = graph;
        ownerCount = [.. graph.Segments.Select((s, i) => graph.Chains[graph.ChainOf[i]].Owners.Count(o => o.SegmentId == s.Id))];
        var counts = Counts(enterprises);
        start = new int[counts.Length + 1];
        for (var s = 0; s < counts.Length; s++) start[s + 1] = start[s] + counts[s];
    }

    public TemplateGraph Graph { get; }

    public int Enterprises => start[^1];

    public int Start(int segment) => start[segment];

    public int Count(int segment) => start[segment + 1] - start[segment];

    /// <summary>Chain owners sit at the first <see cref="OwnerCount"/> indices of their segment.</summary>
    public int OwnerCount(int segment) => ownerCount[segment];

    public bool IsOwner(int enterprise, int segment) => enterprise - start[segment] < ownerCount[segment];

    /// <summary>The segments an enterprise of <paramref name="segment"/> buys from.</summary>
    public IReadOnlyList<int> Inputs(int segment) => Graph.Inputs(segment);

    /// <summary>The suppliers one customer can have for one input segment.</summary>
    public int InputCapacity(int inputSegment) => Math.Min(Count(inputSegment), ShareSplitter.MaxSuppliers);

    /// <summary>The most relations this layout can hold.</summary>
    public long Capacity()
    {
        long total = 0;
        for (var s = 0; s < ownerCount.Length; s++) total += (long)Count(s) * Graph.Inputs(s).Sum(InputCapacity);
        return total;
    }

    private int[] Counts(int enterprises)
    {
        var segments = Graph.Segments;
        var totalWeight = segments.Sum(s => s.Weight);
        var counts = segments.Select((s, i) => Math.Max(ownerCount[i] + 2, (int)((long)enterprises * s.Weight / totalWeight))).ToArray();
        var byWeight = Enumerable.Range(0, counts.Length).OrderByDescending(i => segments[i].Weight).ThenBy(i => i).ToArray();
        // Hand the rounding difference out one firm at a time, heaviest segments first.
        for (var diff = enterprises - counts.Sum(); diff != 0;)
        {
            foreach (var i in byWeight)
            {
                if (diff == 0) break;
                var step = Math.Sign(diff);
                if (counts[i] + step < ownerCount[i] + 2) continue;
                counts[i] += step;
                diff -= step;
            }
        }
        return counts;
    }
}
