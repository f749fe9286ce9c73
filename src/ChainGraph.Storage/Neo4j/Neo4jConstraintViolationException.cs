namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// A write broke a schema constraint (<c>Neo.ClientError.Schema.ConstraintValidationFailed</c>), e.g. two nodes with one id. The
/// transaction was rolled back.
/// </summary>
public sealed class Neo4jConstraintViolationException(string message, string? code = null,
    Exception? inner = null) : Neo4jException(message, code, inner);
