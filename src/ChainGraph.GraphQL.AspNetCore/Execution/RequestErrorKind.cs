namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>Why a request produced no <c>data</c> (a request error), which a transport maps to a status code.</summary>
public enum RequestErrorKind
{
    /// <summary>The request executed (it may still have field errors).</summary>
    None,

    /// <summary>No query, or malformed parameters.</summary>
    InvalidRequest,

    /// <summary>The document does not parse.</summary>
    Syntax,

    /// <summary>The document is not valid against the schema.</summary>
    Validation,

    /// <summary>No operation with the given name, or several and no name.</summary>
    OperationNotFound,

    /// <summary>The operation's kind is not allowed here (a mutation over GET).</summary>
    OperationNotAllowed,

    /// <summary>A variable value does not fit its type.</summary>
    VariableCoercion,

    /// <summary>The document exceeds a limit: depth, cost, aliases, fragment spreads, size.</summary>
    Limit,
}
