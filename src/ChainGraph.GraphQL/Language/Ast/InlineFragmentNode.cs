namespace ChainGraph.GraphQL.Language;

/// <summary>An inline fragment, <c>... on Type { }</c>. Immutable.</summary>
public sealed class InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location) : SelectionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The node's typeCondition.</summary>
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's selectionSet.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
