namespace ChainGraph.GraphQL.Language;

/// <summary>A name token. Immutable.</summary>
public sealed class NameNode(string value, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The node's value.</summary>
    public string Value { get; } = value;
}
