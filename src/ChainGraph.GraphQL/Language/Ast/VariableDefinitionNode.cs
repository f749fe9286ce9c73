namespace ChainGraph.GraphQL.Language;

/// <summary>A variable declared by an operation, e.g. <c>$id: ID! = 1</c>. Immutable.</summary>
public sealed class VariableDefinitionNode(VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location location, StringValueNode? description = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The node's variable.</summary>
    public VariableNode Variable { get; } = variable;

    /// <summary>The node's type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>The node's defaultValue.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>The node's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The optional description (September 2025 spec); it never affects validation or execution.</summary>
    public StringValueNode? Description { get; } = description;
}
