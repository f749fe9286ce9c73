namespace ChainGraph.GraphQL.Language;

/// <summary>A reference to a named type. Immutable.</summary>
public sealed class NamedTypeNode(NameNode name, Location location) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;
}
