namespace ChainGraph.GraphQL.Language;

/// <summary>A non-null type reference, <c>T!</c>. Immutable.</summary>
public sealed class NonNullTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The node's type.</summary>
    public TypeNode Type { get; } = type;
}
