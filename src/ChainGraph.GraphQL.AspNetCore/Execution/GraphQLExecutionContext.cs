namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>Per-request inputs to <see cref="GraphQLRequestExecutor.ExecuteAsync"/> besides the request itself. Immutable.</summary>
public sealed record GraphQLExecutionContext
{
    /// <summary>What resolvers see as <see cref="GraphQLUserContext.Value"/> (e.g. the caller), or null.</summary>
    public object? UserContext { get; init; }

    /// <summary>The request's services (resolvers read them as <c>RequestServices</c>).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Cancels the request, resolvers and the analyses they run included.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Only queries may run (GET): a mutation is a request error of kind <see cref="RequestErrorKind.OperationNotAllowed"/>.
    /// </summary>
    public bool QueriesOnly { get; init; }

    /// <summary>Names the request in logs (e.g. ASP.NET Core's trace identifier).</summary>
    public string? RequestId { get; init; }
}
