namespace ChainGraph.Analysis.Graph;

/// <summary>Which way an algorithm walks the edges of a <see cref="SupplyGraph"/>.</summary>
public enum EdgeDirection
{
    /// <summary>Along the edges: supplier → customer.</summary>
    Forward,

    /// <summary>Against the edges: customer → supplier (a chain owner's upstream graph).</summary>
    Reverse,

    /// <summary>Both ways, with u→v and v→u counted as one undirected edge.</summary>
    Undirected,
}
