namespace ChainGraph.GraphQL.Language;

/// <summary>One value of an enum type definition. Immutable.</summary>
public sealed class EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <summary>The node's description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The node's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
