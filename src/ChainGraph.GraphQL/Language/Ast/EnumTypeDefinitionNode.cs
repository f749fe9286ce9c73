namespace ChainGraph.GraphQL.Language;

/// <summary>An enum type definition. Immutable.</summary>
public sealed class EnumTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values, Location location) : TypeDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <inheritdoc />
    public override StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public override NameNode Name { get; } = name;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}
