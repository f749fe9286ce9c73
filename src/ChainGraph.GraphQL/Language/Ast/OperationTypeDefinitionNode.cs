namespace ChainGraph.GraphQL.Language;

/// <summary><c>query: Query</c> inside a schema definition. Immutable.</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <summary>The node's operation.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The node's type.</summary>
    public NamedTypeNode Type { get; } = type;
}
