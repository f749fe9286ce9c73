namespace ChainGraph.GraphQL;

/// <summary>Per-request context handed to resolvers. Immutable.</summary>
public sealed record ExecutionContextOptions
{
    /// <summary>An empty context: all operations allowed, no user context or services.</summary>
    public static ExecutionContextOptions Default { get; } = new();

    /// <summary>Application data for resolvers (e.g. the authenticated user).</summary>
    public object? UserContext { get; init; }

    /// <summary>Services for resolvers (e.g. ASP.NET Core's <c>HttpContext.RequestServices</c>).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Cancels execution (e.g. <c>HttpContext.RequestAborted</c>); cancellation surfaces as <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Operation types this request may run; others fail with <see cref="RequestErrorKind.OperationNotAllowed"/>.</summary>
    public OperationKinds AllowedOperations { get; init; } = OperationKinds.All;

    /// <summary>The root value handed to root field resolvers as <see cref="Execution.ResolveContext.Parent"/>.</summary>
    public object? RootValue { get; init; }
}
