namespace ChainGraph.GraphQL.Language;

/// <summary>The root of a parsed GraphQL document. Immutable.</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The node's definitions.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}
