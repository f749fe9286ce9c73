using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.2 / §5.8.3: every named type reference must exist in the schema.</summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.NamedType];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is NamedTypeNode named && Context.Schema.GetType(named.Name.Value) is null)
        {
            var name = named.Name.Value;
            var hint = Types.Suggestions.DidYouMean(Types.Suggestions.List(name, Context.Schema.Types.Select(t => t.Name)));
            Report($"Unknown type \"{name}\".{hint}", named);
        }

        return true;
    }
}
