using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.3 Directives Are Unique per Location (unless repeatable).</summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread, SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.VariableDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        var directives = node switch
        {
            OperationDefinitionNode n => n.Directives,
            SelectionNode n => n.Directives,
            FragmentDefinitionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            _ => null,
        };
        if (directives is { Count: > 1 })
        {
            Check(directives);
        }

        return true;
    }

    private void Check(IReadOnlyList<DirectiveNode> directives)
    {
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (Context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var previous))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", previous, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
