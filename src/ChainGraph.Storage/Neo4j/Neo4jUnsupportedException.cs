namespace ChainGraph.Storage.Neo4j;

/// <summary>The server lacks something an operation needs, such as explicit transactions for an all-or-nothing import.</summary>
public sealed class Neo4jUnsupportedException(string message, string? code = null, Exception? inner = null) : Neo4jException(message, code,
    inner);
