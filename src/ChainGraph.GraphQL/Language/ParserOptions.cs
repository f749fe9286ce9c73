namespace ChainGraph.GraphQL.Language;

/// <summary>
/// Bounds applied while parsing so a hostile document cannot exhaust memory or stack. Immutable.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 1,000,000 characters, 15,000 tokens, nesting depth 64.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Maximum document length in UTF-16 code units.</summary>
    public int MaxDocumentLength { get; init; } = 1_000_000;

    /// <summary>Maximum number of significant tokens (comments excluded, as in graphql-js).</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Maximum nesting of selection sets, list/object values and list types.</summary>
    public int MaxDepth { get; init; } = 64;
}
