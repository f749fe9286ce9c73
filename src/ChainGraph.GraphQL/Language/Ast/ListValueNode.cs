namespace ChainGraph.GraphQL.Language;

/// <summary>A list literal. Immutable.</summary>
public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The node's values.</summary>
    public IReadOnlyList<ValueNode> Values { get; } = values;
}
