namespace ChainGraph.GraphQL.Language;

/// <summary>An <c>extend interface</c> definition. Immutable.</summary>
public sealed class InterfaceTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location location) : TypeExtensionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    /// <inheritdoc />
    public override NameNode Name { get; } = name;

    /// <summary>The node's interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
