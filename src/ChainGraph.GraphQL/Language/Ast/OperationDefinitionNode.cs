namespace ChainGraph.GraphQL.Language;

/// <summary>A query, mutation or subscription operation. Immutable.</summary>
public sealed class OperationDefinitionNode(OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location, StringValueNode? description = null) : ExecutableDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The node's operation.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The node's name.</summary>
    public NameNode? Name { get; } = name;

    /// <summary>The node's variableDefinitions.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    /// <summary>The node's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's selectionSet.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>The optional description (September 2025 spec); it never affects validation or execution.</summary>
    public StringValueNode? Description { get; } = description;
}
