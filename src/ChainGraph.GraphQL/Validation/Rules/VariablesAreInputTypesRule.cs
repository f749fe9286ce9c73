using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.VariableDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition && VariableCoercion.TypeFromAst(Context.Schema, definition.Type) is { IsInputType: false })
        {
            Report($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
        }

        return true;
    }
}
