namespace ChainGraph.GraphQL.Language;

/// <summary>A list type reference, <c>[T]</c>. Immutable.</summary>
public sealed class ListTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The node's type.</summary>
    public TypeNode Type { get; } = type;
}
