using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>Settings for <see cref="Betweenness.Compute"/>.</summary>
public sealed record BetweennessOptions
{
    /// <summary>
    /// <see cref="EdgeDirection.Forward"/> for directed shortest paths, <see cref="EdgeDirection.Undirected"/> for the projection.
    /// </summary>
    public EdgeDirection Direction { get; init; } = EdgeDirection.Forward;

    /// <summary>Number of source nodes to sample (NetworkX's <c>k</c>); null or ≥ n means every node (exact).</summary>
    public int? Samples { get; init; }

    /// <summary>Seed of the sample; the same seed and graph always give the same sources and the same values.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Divide by (n − 1)(n − 2) as NetworkX's <c>normalized=True</c> (the default); otherwise undirected sums are halved.
    /// </summary>
    public bool Normalized { get; init; } = true;

    /// <summary>Upper bound on worker threads; -1 (default) lets the runtime decide. Does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
