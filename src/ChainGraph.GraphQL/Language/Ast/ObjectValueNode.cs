namespace ChainGraph.GraphQL.Language;

/// <summary>An input object literal. Immutable.</summary>
public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The node's fields.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}
