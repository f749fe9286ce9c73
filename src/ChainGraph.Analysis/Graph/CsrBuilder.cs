namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Builds compressed sparse row arrays with counting sorts only: O(n + m) time, no comparisons.
/// Bucketing the edges by target first and then (stably) by source leaves every row sorted by target,
/// so parallel edges end up adjacent and merge in one sweep.
/// </summary>
internal static class CsrBuilder
{
    /// <summary>
    /// Forward adjacency of the edges <paramref name="sources"/>[i] → <paramref name="targets"/>[i], self-loops
    /// dropped and parallel edges merged. With <paramref name="trackOrigins"/>, also which input edges each
    /// merged edge came from, in input order.
    /// </summary>
    public static ForwardCsr BuildForward(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, bool trackOrigins)
    {
        if (sources.Length != targets.Length) throw new ArgumentException("Source and target arrays differ in length.");
        var targetStarts = new int[nodeCount + 1];
        var sourceStarts = new int[nodeCount + 1];
        var kept = CountEndpoints(nodeCount, sources, targets, targetStarts, sourceStarts);
        var byTarget = BucketByTarget(sources, targets, targetStarts, kept, trackOrigins);
        var rowTargets = new int[kept];
        var origins = trackOrigins ? new int[kept] : null;
        var cursor = (int[])sourceStarts.Clone();
        for (var t = 0; t < nodeCount; t++)
        {
            for (var j = targetStarts[t]; j < targetStarts[t + 1]; j++)
            {
                var input = byTarget[j];
                var source = trackOrigins ? sources[input] : input;
                var slot = cursor[source]++;
                rowTargets[slot] = t;
                if (origins is not null) origins[slot] = input;
            }
        }
        return MergeParallel(nodeCount, sourceStarts, rowTargets, origins);
    }

    /// <summary>The reverse of <paramref name="forward"/>: rows sorted by source, slots mapped to forward edge ids.</summary>
    public static Adjacency BuildReverse(Adjacency forward)
    {
        var n = forward.NodeCount;
        var offsets = forward.OffsetArray;
        var targets = forward.TargetArray;
        var starts = new int[n + 1];
        foreach (var t in targets) starts[t + 1]++;
        for (var v = 0; v < n; v++) starts[v + 1] += starts[v];
        var cursor = (int[])starts.Clone();
        var sources = new int[targets.Length];
        var edgeIds = new int[targets.Length];
        for (var s = 0; s < n; s++)
        {
            for (var e = offsets[s]; e < offsets[s + 1]; e++)
            {
                var slot = cursor[targets[e]]++;
                sources[slot] = s;
                edgeIds[slot] = e;
            }
        }
        return new Adjacency(starts, sources, edgeIds, hasEdgeIds: true);
    }

    /// <summary>The symmetric simple adjacency: each row is the sorted union of the out- and in-row.</summary>
    public static Adjacency BuildUndirected(Adjacency forward, Adjacency reverse)
    {
        var n = forward.NodeCount;
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++) offsets[v + 1] = offsets[v] + MergeSorted(forward.Neighbors(v), reverse.Neighbors(v), default);
        var targets = new int[offsets[n]];
        for (var v = 0; v < n; v++) MergeSorted(forward.Neighbors(v), reverse.Neighbors(v), targets.AsSpan(offsets[v]));
        return new Adjacency(offsets, targets, null, hasEdgeIds: false);
    }

    private static int CountEndpoints(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, int[] targetStarts,
        int[] sourceStarts)
    {
        var kept = 0;
        for (var i = 0; i < sources.Length; i++)
        {
            var (s, t) = (sources[i], targets[i]);
            if ((uint)s >= (uint)nodeCount || (uint)t >= (uint)nodeCount)
                throw new ArgumentOutOfRangeException(nameof(sources), $"Edge {i} ({s} → {t}) has an endpoint outside 0..{nodeCount - 1}.");
            if (s == t) continue;
            targetStarts[t + 1]++;
            sourceStarts[s + 1]++;
            kept++;
        }
        for (var v = 0; v < nodeCount; v++)
        {
            targetStarts[v + 1] += targetStarts[v];
            sourceStarts[v + 1] += sourceStarts[v];
        }
        return kept;
    }

    // Holds input indices when origins are tracked, otherwise the sources themselves (saves a lookup).
    private static int[] BucketByTarget(ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, int[] targetStarts, int kept,
        bool trackOrigins)
    {
        var bucket = new int[kept];
        var cursor = (int[])targetStarts.Clone();
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] == targets[i]) continue;
            bucket[cursor[targets[i]]++] = trackOrigins ? i : sources[i];
        }
        return bucket;
    }

    private static ForwardCsr MergeParallel(int nodeCount, int[] offsets, int[] targets, int[]? origins)
    {
        var groupStarts = origins is null ? null : new int[targets.Length + 1];
        var write = 0;
        var rowStart = 0;
        for (var v = 0; v < nodeCount; v++)
        {
            var end = offsets[v + 1];
            for (var slot = rowStart; slot < end; slot++)
            {
                if (slot != rowStart && targets[slot] == targets[slot - 1]) continue;
                if (groupStarts is not null) groupStarts[write] = slot;
                targets[write++] = targets[slot];
            }
            rowStart = end;
            offsets[v + 1] = write;
        }
        if (groupStarts is not null)
        {
            groupStarts[write] = targets.Length;
            Array.Resize(ref groupStarts, write + 1);
        }
        if (write != targets.Length) Array.Resize(ref targets, write);
        return new ForwardCsr(new Adjacency(offsets, targets, null, hasEdgeIds: true), origins, groupStarts);
    }

    // Writes the sorted union of two sorted rows into output (unless it is empty) and returns its length.
    private static int MergeSorted(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<int> output)
    {
        var write = !output.IsEmpty;
        int i = 0, j = 0, k = 0;
        while (i < a.Length || j < b.Length)
        {
            int next;
            if (j == b.Length || (i < a.Length && a[i] < b[j])) next = a[i++];
            else if (i == a.Length || b[j] < a[i]) next = b[j++];
            else { next = a[i++]; j++; }
            if (write) output[k] = next;
            k++;
        }
        return k;
    }
}
