using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Document];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode t => $"\"{t.Name.Value}\"",
                TypeExtensionNode e => $"\"{e.Name.Value}\"",
                DirectiveDefinitionNode d => $"\"{d.Name.Value}\"",
                _ => "unknown",
            };
            Report($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
