namespace ChainGraph.GraphQL.Language;

/// <summary>An <c>extend union</c> definition. Immutable.</summary>
public sealed class UnionTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location location) : TypeExtensionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <inheritdoc />
    public override NameNode Name { get; } = name;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}
