namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>Settings of a <see cref="GraphQLRequestExecutor"/>. Immutable.</summary>
public sealed record GraphQLExecutorOptions
{
    /// <summary>Depth, cost and document shape limits.</summary>
    public GraphQLLimits Limits { get; init; } = new();

    /// <summary>Show unexpected exceptions' messages in errors: for development only, never in production.</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>How many parsed and validated documents are kept, by query text.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>
    /// Resolve a query's sibling fields one after another (GraphQL.NET's serial strategy) rather than as parallel tasks.
    /// The API's resolvers read an in-memory snapshot, so parallel tasks add scheduling cost and no overlap
    /// (bench/RESULTS.md, issue 14); a schema whose resolvers wait on I/O may want <c>false</c>.
    /// </summary>
    public bool SerialQueries { get; init; } = true;
}
