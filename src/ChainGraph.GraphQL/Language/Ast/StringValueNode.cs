namespace ChainGraph.GraphQL.Language;

/// <summary>A string literal with escapes resolved (block strings already dedented). Immutable.</summary>
public sealed class StringValueNode(string value, bool block, Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The node's value.</summary>
    public string Value { get; } = value;

    /// <summary>The node's block.</summary>
    public bool Block { get; } = block;
}
