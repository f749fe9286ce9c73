namespace ChainGraph.GraphQL.Language;

/// <summary>An integer literal; <see cref="Value"/> keeps the source text so no precision is lost. Immutable.</summary>
public sealed class IntValueNode(string value, Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The node's value.</summary>
    public string Value { get; } = value;
}
