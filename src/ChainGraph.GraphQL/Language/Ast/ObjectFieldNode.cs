namespace ChainGraph.GraphQL.Language;

/// <summary>One field of an input object literal. Immutable.</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The node's value.</summary>
    public ValueNode Value { get; } = value;
}
