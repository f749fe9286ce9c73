using System.Collections.Immutable;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Result of <see cref="TopologicalSort.Compute"/>. For a DAG (<see cref="IsAcyclic"/>): <see cref="Order"/> lists every
/// node with each edge's source before its target, <see cref="Tiers"/>[v] is the length of the longest path ending
/// at v (sources are tier 0), and <see cref="TierCount"/> is one more than the largest tier. For a graph with a cycle,
/// those are empty/0 and <see cref="Cycle"/> holds one directed cycle v0 → v1 → … → v0 (v0 not repeated).
/// </summary>
public sealed record TopologicalOrder(ImmutableArray<int> Order, ImmutableArray<int> Tiers, int TierCount, ImmutableArray<int> Cycle)
{
    /// <summary>Whether the graph has no directed cycle.</summary>
    public bool IsAcyclic => Cycle.IsEmpty;
}
