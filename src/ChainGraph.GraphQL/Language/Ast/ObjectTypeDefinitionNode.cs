namespace ChainGraph.GraphQL.Language;

/// <summary>An object type definition. Immutable.</summary>
public sealed class ObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location location) : TypeDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    /// <inheritdoc />
    public override StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public override NameNode Name { get; } = name;

    /// <summary>The node's interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
