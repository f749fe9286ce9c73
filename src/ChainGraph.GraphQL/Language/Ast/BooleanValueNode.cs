namespace ChainGraph.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c>. Immutable.</summary>
public sealed class BooleanValueNode(bool value, Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The node's value.</summary>
    public bool Value { get; } = value;
}
