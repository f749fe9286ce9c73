namespace ChainGraph.GraphQL.Language;

/// <summary>A variable reference, <c>$name</c>. Immutable.</summary>
public sealed class VariableNode(NameNode name, Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;
}
