namespace ChainGraph.GraphQL.Language;

/// <summary>An applied directive, <c>@name(args)</c>. Immutable.</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The node's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The node's arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
