namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// What one request may ask for. The shape limits (size, parser nesting, fields, aliases, fragment spreads) are checked
/// on the parsed document before GraphQL.NET validates it, so a hostile document never reaches the quadratic
/// validation rules; depth and cost are checked per request, with its variables. Immutable.
/// </summary>
public sealed record GraphQLLimits
{
    /// <summary>Longest document, in characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Deepest parser nesting (AST nodes), so <c>{a{a{a…</c> is a syntax error and not a stack overflow.</summary>
    public int MaxParserDepth { get; init; } = 64;

    /// <summary>Most field selections written in the document (fragments counted once).</summary>
    public int MaxFields { get; init; } = 2_000;

    /// <summary>Most aliased field selections in the document.</summary>
    public int MaxAliases { get; init; } = 200;

    /// <summary>Most fragment spreads written in the document.</summary>
    public int MaxFragmentSpreads { get; init; } = 200;

    /// <summary>
    /// Most fields selected once fragments are expanded: a few fragments that each spread the next twice select
    /// millions of fields, which validation and execution would walk.
    /// </summary>
    public int MaxExpandedFields { get; init; } = 20_000;

    /// <summary>Deepest field nesting of the operation, introspection excluded.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>
    /// Largest estimated cost: every composite (object, interface, union) field weighs 1, leaves 0; a list multiplies
    /// its selection by its <c>first</c> argument, else its <c>@listSize(assumedSize:)</c>, else
    /// <see cref="DefaultListSize"/>; a connection (a non-list field with <c>first</c>) multiplies its selection by
    /// <c>first</c>, and the lists inside it count once.
    /// </summary>
    public double MaxCost { get; init; } = 1_000;

    /// <summary>The assumed length of a list that has neither <c>first</c> nor <c>@listSize</c>.</summary>
    public int DefaultListSize { get; init; } = 50;

    /// <summary>
    /// The weight of an introspection field relative to a data field (the answers come from the schema in memory);
    /// introspection lists count the schema's actual sizes.
    /// </summary>
    public double IntrospectionWeight { get; init; } = 0.1;
}
