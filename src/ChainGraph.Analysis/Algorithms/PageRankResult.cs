using System.Collections.Immutable;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// PageRank per node (<see cref="Scores"/>, summing to 1), the number of power iterations run, and whether the
/// L1 change fell below n × tolerance within the iteration limit (NetworkX raises when it does not).
/// </summary>
public sealed record PageRankResult(ImmutableArray<double> Scores, int Iterations, bool Converged);
