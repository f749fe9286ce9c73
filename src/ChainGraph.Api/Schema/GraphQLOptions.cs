using ChainGraph.GraphQL.AspNetCore;

namespace ChainGraph.Api.Schema;

/// <summary>`ChainGraph:GraphQL` settings: the GraphQL limits of this API.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "ChainGraph:GraphQL";

    /// <summary>Maximum selection depth (introspection excluded).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Maximum estimated field cost; lists and connections count their <c>first</c>, else their <c>@listSize</c>.</summary>
    public int MaxFieldCost { get; set; } = 20_000;

    /// <summary>Most aliased fields in one document.</summary>
    public int MaxAliases { get; set; } = 200;

    /// <summary>Most fragment spreads in one document.</summary>
    public int MaxFragmentSpreads { get; set; } = 200;

    /// <summary>Show exception details in errors: for development only, never in production.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Resolve a query's fields one after another (default): the resolvers read memory, not I/O.</summary>
    public bool SerialQueries { get; set; } = true;

    public GraphQLExecutorOptions ToExecutorOptions() => new()
    {
        SerialQueries = SerialQueries,
        Limits = new GraphQLLimits { MaxDepth = MaxDepth, MaxCost = MaxFieldCost, MaxAliases = MaxAliases,
        MaxFragmentSpreads = MaxFragmentSpreads },
        IncludeExceptionDetails = IncludeExceptionDetails,
    };
}
