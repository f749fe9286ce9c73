namespace ChainGraph.GraphQL.Language;

/// <summary>A union type definition. Immutable.</summary>
public sealed class UnionTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location location) : TypeDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <inheritdoc />
    public override StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public override NameNode Name { get; } = name;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}
