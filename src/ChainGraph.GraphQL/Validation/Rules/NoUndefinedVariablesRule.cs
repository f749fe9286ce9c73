using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.3 All Variable Uses Defined (through fragments too).</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
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

        var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                Report(operation.Name is null
                    ? $"Variable \"${name}\" is not defined."
                    : $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\".", usage.Node, operation);
            }
        }
    }
}
