using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode operation)
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).Where(g => g.Count() > 1))
            {
                Report($"There can be only one variable named \"${group.Key}\".", group.Select(v => (SyntaxNode)v.Variable.Name).ToArray());
            }
        }

        return true;
    }
}
