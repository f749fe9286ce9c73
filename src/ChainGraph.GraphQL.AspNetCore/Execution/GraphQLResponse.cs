using GraphQL;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>An executed request: GraphQL.NET's result and, when it has no <c>data</c>, why.</summary>
public sealed record GraphQLResponse(ExecutionResult Result, RequestErrorKind RequestErrorKind)
{
    /// <summary>True when the request produced no <c>data</c> entry.</summary>
    public bool IsRequestError => RequestErrorKind != RequestErrorKind.None;
}
