namespace ChainGraph.GraphQL.Language;

/// <summary>The <c>null</c> literal. Immutable.</summary>
public sealed class NullValueNode(Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
