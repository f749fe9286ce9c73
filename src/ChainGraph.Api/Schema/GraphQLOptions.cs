using ChainGraph.GraphQL;

namespace ChainGraph.Api.Schema;

/// <summary>`ChainGraph:GraphQL` settings: the engine's limits for this API.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "ChainGraph:GraphQL";

    /// <summary>Maximum selection depth (introspection excluded).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Maximum estimated field cost; list fields count their <c>first</c> or their <c>@listSize</c>.</summary>
    public int MaxFieldCost { get; set; } = 20_000;

    /// <summary>Per-request time limit.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Show exception details in errors: for development only, never in production.</summary>
    public bool IncludeExceptionDetails { get; set; }

    public ExecutionOptions ToExecutionOptions() => new()
    {
        MaxDepth = MaxDepth,
        MaxFieldCost = MaxFieldCost,
        Timeout = TimeSpan.FromSeconds(TimeoutSeconds),
        IncludeExceptionDetails = IncludeExceptionDetails,
    };
}
