namespace ChainGraph.GraphQL.Language;

/// <summary>A braced list of selections. Immutable.</summary>
public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The node's selections.</summary>
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
