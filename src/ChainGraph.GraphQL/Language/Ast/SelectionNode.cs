namespace ChainGraph.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public abstract class SelectionNode(Location location) : SyntaxNode(location)
{
    /// <summary>Directives applied to the selection.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
