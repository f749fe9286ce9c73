using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Shortest-path betweenness centrality (Brandes 2001), exact or estimated from a seeded sample of sources,
/// normalised exactly as NetworkX's <c>betweenness_centrality(G, k, normalized=True)</c>: sums over ordered
/// source–target pairs divided by (n − 1)(n − 2) when n &gt; 2, times n / k when sampled (so the estimate is unbiased).
/// Sources run in parallel; the result does not depend on the thread count because sources are dealt into a fixed
/// number of chunks (set by n alone) whose sums are added in chunk order.
/// </summary>
public static class Betweenness
{
    // Bounds the memory of the per-chunk sums (chunks × n doubles) to ~128 MB while keeping enough chunks to
    // balance two to eight cores on graphs up to a few million nodes.
    private const long ChunkBudget = 16L << 20;
    private const int MaxChunks = 64;

    /// <summary>Computes betweenness for every node of <paramref name="graph"/>.</summary>
    public static BetweennessResult Compute(SupplyGraph graph, BetweennessOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new BetweennessOptions();
        var n = graph.NodeCount;
        var sources = SelectSources(n, options.Samples, options.Seed);
        var values = SumOverSources(graph.Adjacency(options.Direction), sources, options.MaxDegreeOfParallelism, cancellationToken);
        var scale = Scale(n, sources.Length, options);
        for (var v = 0; v < n; v++) values[v] *= scale;
        return new BetweennessResult(ImmutableCollectionsMarshal.AsImmutableArray(values),
            ImmutableCollectionsMarshal.AsImmutableArray(sources));
    }

    private static double[] SumOverSources(Adjacency adjacency, int[] sources, int maxThreads, CancellationToken cancellationToken)
    {
        var n = adjacency.NodeCount;
        var chunkCount = (int)Math.Min(sources.Length, Math.Clamp(ChunkBudget / Math.Max(n, 1), 1, MaxChunks));
        var chunkSums = new double[chunkCount][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxThreads, CancellationToken = cancellationToken };
        Parallel.For(0, chunkCount, parallel, () => new BrandesWorkspace(adjacency), (chunk, _, workspace) =>
        {
            var sums = new double[n];
            for (var i = chunk; i < sources.Length; i += chunkCount)
            {
                cancellationToken.ThrowIfCancellationRequested();
                workspace.Accumulate(sources[i], sums);
            }
            chunkSums[chunk] = sums;
            return workspace;
        }, _ => { });
        var total = new double[n];
        foreach (var sums in chunkSums)
        {
            for (var v = 0; v < n; v++) total[v] += sums[v];
        }
        return total;
    }

    // Every node, or k distinct nodes drawn by a partial Fisher–Yates shuffle, ascending
    // (ascending makes k = n give exactly the exact result).
    private static int[] SelectSources(int n, int? samples, int seed)
    {
        if (samples is < 0) throw new ArgumentOutOfRangeException(nameof(samples), "The number of samples cannot be negative.");
        var all = new int[n];
        for (var v = 0; v < n; v++) all[v] = v;
        if (samples is not { } k || k >= n) return all;
        var random = new Random(seed);
        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }
        var chosen = all[..k];
        Array.Sort(chosen);
        return chosen;
    }

    private static double Scale(int n, int sourceCount, BetweennessOptions options)
    {
        var scale = options.Normalized
            ? n <= 2 ? 1.0 : 1.0 / ((n - 1.0) * (n - 2.0))
            : options.Direction == EdgeDirection.Undirected ? 0.5 : 1.0;
        return sourceCount < n && sourceCount > 0 ? scale * n / sourceCount : scale;
    }
}
