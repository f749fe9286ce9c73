namespace ChainGraph.GraphQL.Language;

/// <summary>An input object type definition. Immutable.</summary>
public sealed class InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location location) : TypeDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <inheritdoc />
    public override StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public override NameNode Name { get; } = name;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
