using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.2.1 Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Document, SyntaxKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    private int _operationCount;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                break;
            case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                Report("This anonymous operation must be the only defined operation.", operation);
                break;
        }

        return true;
    }
}
