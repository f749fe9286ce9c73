namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// A failure that may pass if the same work is tried again: <c>Neo.TransientError.*</c> (deadlock, lock timeout,
/// database unavailable) and a cluster's leader switch. The client retries these with backoff before giving up.
/// </summary>
public class Neo4jTransientException(string message, string? code = null, Exception? inner = null) : Neo4jException(message, code, inner);
