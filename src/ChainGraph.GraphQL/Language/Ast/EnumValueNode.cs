namespace ChainGraph.GraphQL.Language;

/// <summary>An enum literal (a name other than true, false, null). Immutable.</summary>
public sealed class EnumValueNode(string value, Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The node's value.</summary>
    public string Value { get; } = value;
}
