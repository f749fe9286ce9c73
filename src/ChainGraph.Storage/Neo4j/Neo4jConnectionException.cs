namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The connection failed or dropped before a whole answer arrived, or a proxy answered 5xx without a Neo4j error.
/// Transient; but when it happens during a commit the outcome is unknown, which is why imports are idempotent.
/// </summary>
public sealed class Neo4jConnectionException(string message, Exception? inner = null) : Neo4jTransientException(message, null, inner);
