namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// One request took longer than <see cref="Neo4jOptions.RequestTimeout"/>. Not retried: a statement that is too slow once is usually too
/// slow again.
/// </summary>
public sealed class Neo4jTimeoutException(string message, string? code = null, Exception? inner = null) : Neo4jException(message, code,
    inner);
