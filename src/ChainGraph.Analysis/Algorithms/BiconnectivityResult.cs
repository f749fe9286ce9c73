using System.Collections.Immutable;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Cut vertices and cut edges of the undirected projection.
/// <see cref="ArticulationPoints"/>: nodes whose removal increases the number of connected components, ascending.
/// <see cref="Bridges"/>: edges whose removal does, as pairs with U &lt; V, sorted by (U, V).
/// </summary>
public sealed record BiconnectivityResult(ImmutableArray<int> ArticulationPoints, ImmutableArray<NodePair> Bridges);
