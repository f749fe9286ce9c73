using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.4 All Variables Used.</summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var used = Context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions.Where(d => !used.Contains(d.Variable.Name.Value)))
        {
            var name = definition.Variable.Name.Value;
            Report(operation.Name is null
                ? $"Variable \"${name}\" is never used."
                : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".", definition);
        }
    }
}
