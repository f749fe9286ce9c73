using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2 Argument Uniqueness.</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field, SyntaxKind.Directive];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is { Count: > 1 })
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
            {
                Report($"There can be only one argument named \"{group.Key}\".", group.Select(a => (SyntaxNode)a.Name).ToArray());
            }
        }

        return true;
    }
}
