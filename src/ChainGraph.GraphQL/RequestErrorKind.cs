namespace ChainGraph.GraphQL;

/// <summary>Why a request failed before execution (no <c>data</c>); lets a transport pick a status code.</summary>
public enum RequestErrorKind
{
    /// <summary>Not a request error.</summary>
    None,

    /// <summary>The request itself is malformed (e.g. no query string).</summary>
    InvalidRequest,

    /// <summary>The document does not parse.</summary>
    Syntax,

    /// <summary>The document fails validation.</summary>
    Validation,

    /// <summary>No operation could be selected (missing or unknown operation name).</summary>
    OperationNotFound,

    /// <summary>The operation type is not allowed for this request (e.g. a mutation over HTTP GET).</summary>
    OperationNotAllowed,

    /// <summary>Variable values could not be coerced.</summary>
    VariableCoercion,

    /// <summary>The operation exceeds the depth or cost limit.</summary>
    Limit,
}
