using System.Runtime.InteropServices;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// PageRank by power iteration, the same iteration as NetworkX's <c>pagerank</c> (unweighted, uniform
/// teleport): x' = α(xP + (mass on dangling nodes)/n) + (1 − α)/n, starting from 1/n, stopping when
/// ‖x' − x‖₁ &lt; n · tolerance. Pulls along in-edges, so each iteration is one pass over the edges without writes
/// to shared slots.
/// </summary>
public static class PageRank
{
    /// <summary>
    /// Computes PageRank on <paramref name="graph"/> walking in <paramref name="direction"/> (undirected: each edge both ways).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="direction">Which way rank flows.</param>
    /// <param name="damping">α, the probability of following an edge; 0.85 as NetworkX.</param>
    /// <param name="tolerance">Per-node convergence tolerance (NetworkX <c>tol</c>).</param>
    /// <param name="maxIterations">Iteration limit (NetworkX <c>max_iter</c>).</param>
    /// <param name="cancellationToken">Checked every iteration.</param>
    public static PageRankResult Compute(
        SupplyGraph graph,
        EdgeDirection direction = EdgeDirection.Forward,
        double damping = 0.85,
        double tolerance = 1e-6,
        int maxIterations = 100,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (n == 0) return new PageRankResult([], 0, true);
        var outgoing = graph.Adjacency(direction);
        var incoming = graph.Predecessors(direction);
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var next = new double[n];
        var share = new double[n];
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dangling = SpreadShares(outgoing, x, share);
            var error = Pull(incoming, share, damping, (damping * dangling + 1 - damping) / n, x, next);
            (x, next) = (next, x);
            if (error < n * tolerance) return new PageRankResult(ImmutableCollectionsMarshal.AsImmutableArray(x), iteration, true);
        }
        return new PageRankResult(ImmutableCollectionsMarshal.AsImmutableArray(x), maxIterations, false);
    }

    // share[u] = x[u] / outdegree(u); returns the rank held by nodes without out-edges.
    private static double SpreadShares(Adjacency outgoing, double[] x, double[] share)
    {
        var dangling = 0.0;
        for (var u = 0; u < x.Length; u++)
        {
            var degree = outgoing.Degree(u);
            if (degree == 0) dangling += x[u];
            share[u] = degree == 0 ? 0 : x[u] / degree;
        }
        return dangling;
    }

    // next[v] = α Σ share[u] over in-neighbours u + base; returns ‖next − x‖₁.
    private static double Pull(Adjacency incoming, double[] share, double damping, double baseRank, double[] x, double[] next)
    {
        var offsets = incoming.OffsetArray;
        var sources = incoming.TargetArray;
        var error = 0.0;
        for (var v = 0; v < x.Length; v++)
        {
            var sum = 0.0;
            for (var slot = offsets[v]; slot < offsets[v + 1]; slot++) sum += share[sources[slot]];
            next[v] = damping * sum + baseRank;
            error += Math.Abs(next[v] - x[v]);
        }
        return error;
    }
}
