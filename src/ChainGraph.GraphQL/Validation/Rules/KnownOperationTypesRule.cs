using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec (2025) §5.2.1 Operation Type Existence: the schema must have a root type for the operation.</summary>
public sealed class KnownOperationTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode operation && Context.Schema.GetRootType(operation.Operation) is null)
        {
            Report($"The {operation.Operation.ToString().ToLowerInvariant()} operation is not supported by the schema.", operation);
        }

        return true;
    }
}
