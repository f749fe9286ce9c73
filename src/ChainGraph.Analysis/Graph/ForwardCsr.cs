namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Forward adjacency plus, when tracked, the input edges behind each merged edge <c>e</c>:
/// <c>Origins[GroupStarts[e] .. GroupStarts[e + 1])</c>, in input order.
/// </summary>
internal sealed record ForwardCsr(Adjacency Adjacency, int[]? Origins, int[]? GroupStarts);
