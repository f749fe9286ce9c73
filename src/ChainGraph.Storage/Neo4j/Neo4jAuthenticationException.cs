namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The server refused the credentials or the user lacks a privilege (HTTP 401/403, <c>Neo.ClientError.Security.*</c>). Not retried.
/// </summary>
public sealed class Neo4jAuthenticationException(string message, string? code = null,
    Exception? inner = null) : Neo4jException(message, code, inner);
