namespace ChainGraph.GraphQL.Language;

/// <summary>A directive definition. Immutable.</summary>
public sealed class DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations, Location location) : TypeSystemDefinitionNode(location)
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
}
