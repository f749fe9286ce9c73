namespace ChainGraph.Analysis.Tests.Algorithms.Oracle;

/// <summary>
/// One generated oracle graph: its edge list by string id (self-loops and duplicates included, as written to the
/// CSV), the query nodes, and which of the slower oracle computations to run on it.
/// </summary>
public sealed record CorpusGraph(
    string Name,
    bool Directed,
    IReadOnlyList<(string Source, string Target)> Edges,
    string? Root,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Sinks,
    bool Betweenness,
    bool CrLf)
{
    public override string ToString() => Name;
}
