namespace ChainGraph.GraphQL.Language;

/// <summary>A field selection, optionally aliased. Immutable.</summary>
public sealed class FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet, Location location) : SelectionNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The node's alias.</summary>
    public NameNode? Alias { get; } = alias;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The node's arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    /// <inheritdoc />
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The node's selectionSet.</summary>
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key of the field in the response: the alias if present, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}
