namespace ChainGraph.GraphQL.Language;

/// <summary>A named argument of a field or directive. Immutable.</summary>
public sealed class ArgumentNode(NameNode name, ValueNode value, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The node's value.</summary>
    public ValueNode Value { get; } = value;
}
