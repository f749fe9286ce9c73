namespace ChainGraph.GraphQL.Language;

/// <summary>A directive definition. Immutable.</summary>
public sealed class DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations, Location location, IReadOnlyList<DirectiveNode>? directives = null) : TypeSystemDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The node's description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The node's arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    /// <summary>The node's repeatable.</summary>
    public bool Repeatable { get; } = repeatable;

    /// <summary>The node's locations.</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;

    /// <summary>Directives applied to the definition, e.g. <c>@deprecated</c> (graphql-js 16.15 experimental syntax, after the arguments).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives ?? [];
}
