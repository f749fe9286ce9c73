namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The server could not parse a statement (<c>Neo.ClientError.Statement.SyntaxError</c>): a bug in the statement, never in the data, since
/// data only travels in parameters.
/// </summary>
public sealed class Neo4jSyntaxException(string message, string? code = null, Exception? inner = null) : Neo4jException(message, code,
    inner);
