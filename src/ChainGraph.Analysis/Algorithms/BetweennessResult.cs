using System.Collections.Immutable;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Betweenness per node (<see cref="Values"/>, ≥ 0) and the sources the shortest-path counts started from
/// (<see cref="Sources"/>, ascending; every node when exact).
/// </summary>
public sealed record BetweennessResult(ImmutableArray<double> Values, ImmutableArray<int> Sources)
{
    /// <summary>Whether the values are estimates from a sample of sources.</summary>
    public bool IsSampled => Sources.Length < Values.Length;
}
