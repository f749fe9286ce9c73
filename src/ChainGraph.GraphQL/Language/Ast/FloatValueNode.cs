namespace ChainGraph.GraphQL.Language;

/// <summary>A float literal; <see cref="Value"/> keeps the source text. Immutable.</summary>
public sealed class FloatValueNode(string value, Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The node's value.</summary>
    public string Value { get; } = value;
}
