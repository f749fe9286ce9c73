namespace ChainGraph.GraphQL.Language;

/// <summary>A named fragment definition. Immutable.</summary>
public sealed class FragmentDefinitionNode(NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location, StringValueNode? description = null) : ExecutableDefinitionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The node's typeCondition.</summary>
    public NamedTypeNode TypeCondition { get; } = typeCondition;

    /// <summary>The node's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's selectionSet.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>The optional description (September 2025 spec); it never affects validation or execution.</summary>
    public StringValueNode? Description { get; } = description;
}
