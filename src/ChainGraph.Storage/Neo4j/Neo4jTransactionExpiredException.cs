namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// An explicit transaction was gone when used: it idled past the server's timeout, or another cluster member got the request
/// (<c>Neo.ClientError.Transaction.TransactionNotFound</c>, or <c>Neo.ClientError.Request.Invalid</c> "not found" from the Query API).
/// Everything in it was rolled back.
/// </summary>
public sealed class Neo4jTransactionExpiredException(string message, string? code = null,
    Exception? inner = null) : Neo4jException(message, code, inner);
