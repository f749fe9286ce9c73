namespace ChainGraph.GraphQL.Language;

/// <summary>A 1-based line and column, as in the <c>locations</c> of a GraphQL error.</summary>
public readonly record struct SourceLocation(int Line, int Column);
