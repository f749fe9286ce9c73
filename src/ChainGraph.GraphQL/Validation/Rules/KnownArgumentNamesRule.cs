using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1 Argument Names: arguments must be defined by the field or directive.</summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Directive, SyntaxKind.Argument];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                CheckDirective(directive);
                return false;
            case ArgumentNode argument when Context.TypeInfo.Argument is null && Context.TypeInfo.FieldDefinition is { } field && Context.TypeInfo.ParentType is { } parent:
                var hint = Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, field.Arguments.Select(a => a.Name)));
                Report($"Unknown argument \"{argument.Name.Value}\" on field \"{parent.Name}.{field.Name}\".{hint}", argument);
                break;
        }

        return true;
    }

    private void CheckDirective(DirectiveNode directive)
    {
        if (Context.Schema.GetDirective(directive.Name.Value) is not { } definition)
        {
            return;
        }

        foreach (var argument in directive.Arguments.Where(a => definition.Arguments[a.Name.Value] is null))
        {
            var hint = Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, definition.Arguments.Select(a => a.Name)));
            Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{definition.Name}\".{hint}", argument);
        }
    }
}
