namespace ChainGraph.GraphQL.Language;

/// <summary>An argument or input field definition. Immutable.</summary>
public sealed class InputValueDefinitionNode(StringValueNode? description, NameNode name, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>The node's description.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The node's type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>The node's defaultValue.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>The node's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
