using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL;

/// <summary>Engine-wide settings for a <see cref="GraphQLExecutor"/>. Immutable.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Maximum field nesting depth of an operation (introspection fields excluded); 0 disables. Default 15.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Maximum estimated field cost of an operation; 0 disables. Default 1000.</summary>
    public int MaxFieldCost { get; init; } = 1000;

    /// <summary>List size assumed for cost analysis when neither <c>first</c>/<c>last</c> nor <c>@listSize</c> tells. Default 50.</summary>
    public int DefaultListSize { get; init; } = 50;

    /// <summary>Per-request time limit; null for none. Exceeding it yields an error with code <c>TIMEOUT</c>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>When true, unexpected resolver exceptions expose their message and stack trace in <c>extensions.exception</c>.</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>How many parsed and validated documents to keep, keyed by query text (LRU). 0 disables the cache. Default 1000.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Parser limits for request documents.</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Validation stops after this many errors. Default 100.</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>Called with every unexpected resolver exception (for logging); must be thread-safe.</summary>
    public Action<Exception, GraphQLError>? OnUnexpectedException { get; init; }
}
