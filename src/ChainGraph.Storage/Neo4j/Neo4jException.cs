namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// A failure talking to Neo4j: an error the server reported (<see cref="Code"/> is its status code, e.g.
/// <c>Neo.ClientError.Statement.SyntaxError</c>), an unexpected answer, or a transport failure. It is an
/// <see cref="IOException"/> so callers that already treat an unreachable embedded store as "unavailable" (the
/// health endpoint, the CLI) treat an unreachable server the same way.
/// </summary>
public class Neo4jException : IOException
{
    public Neo4jException(string message, string? code = null, Exception? inner = null)
        : base(code is null ? message : $"{code}: {message}", inner) => Code = code;

    /// <summary>The Neo4j status code from the response's <c>errors</c> array, or null when there was none.</summary>
    public string? Code { get; }
}
