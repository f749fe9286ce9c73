namespace ChainGraph.Analysis.Algorithms;

/// <summary>Two node ids, e.g. the ends of an undirected edge (then <see cref="U"/> &lt; <see cref="V"/>).</summary>
public readonly record struct NodePair(int U, int V);
