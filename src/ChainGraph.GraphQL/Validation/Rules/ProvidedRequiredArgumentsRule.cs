using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2.1 Required Arguments, for fields and directives.</summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field, SyntaxKind.Directive];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case FieldNode field when Context.TypeInfo.FieldDefinition is { } definition:
                foreach (var argument in definition.Arguments.Where(a => a.Type.IsNonNull && !a.HasDefaultValue && field.Arguments.All(n => n.Name.Value != a.Name)))
                {
                    Report($"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                }

                break;
            case DirectiveNode directive when Context.Schema.GetDirective(directive.Name.Value) is { } definition:
                foreach (var argument in definition.Arguments.Where(a => a.Type.IsNonNull && !a.HasDefaultValue && directive.Arguments.All(n => n.Name.Value != a.Name)))
                {
                    Report($"Directive \"@{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", directive);
                }

                break;
        }
    }
}
