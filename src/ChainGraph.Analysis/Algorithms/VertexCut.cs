using System.Collections.Immutable;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Result of <see cref="MinimumVertexCut.Find"/>. With <see cref="VertexCutOutcome.Found"/>, <see cref="Cut"/> (ascending
/// node ids, never a source or sink) meets every path from the sources to the sinks and
/// <see cref="Flow"/> = its size = the number of vertex-disjoint paths. With <see cref="VertexCutOutcome.ExceedsLimit"/>,
/// <see cref="Flow"/> is limit + 1 and <see cref="Cut"/> is empty; with <see cref="VertexCutOutcome.Unbounded"/>, both are empty/0.
/// </summary>
public sealed record VertexCut(VertexCutOutcome Outcome, int Flow, ImmutableArray<int> Cut);
