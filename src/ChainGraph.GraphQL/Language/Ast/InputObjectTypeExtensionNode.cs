namespace ChainGraph.GraphQL.Language;

/// <summary>An <c>extend input</c> definition. Immutable.</summary>
public sealed class InputObjectTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location location) : TypeExtensionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <inheritdoc />
    public override NameNode Name { get; } = name;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
