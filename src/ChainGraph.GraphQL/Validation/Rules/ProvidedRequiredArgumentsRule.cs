using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

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
                foreach (var missing in Missing(definition.Arguments, field.Arguments))
                {
                    Report($"Field \"{definition.Name}\" argument \"{missing.Name}\" of type \"{missing.Type}\" is required, but it was not provided.", field);
                }

                break;
            case DirectiveNode directive when Context.Schema.GetDirective(directive.Name.Value) is { } definition:
                foreach (var missing in Missing(definition.Arguments, directive.Arguments))
                {
                    Report($"Directive \"@{definition.Name}\" argument \"{missing.Name}\" of type \"{missing.Type}\" is required, but it was not provided.", directive);
                }

                break;
        }
    }

    /// <summary>Required arguments (non-null, no default) absent from <paramref name="provided"/>; allocation-free when none are missing.</summary>
    private static IReadOnlyList<InputValueDefinition> Missing(FieldMap<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> provided)
    {
        List<InputValueDefinition>? missing = null;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (definition.Type.IsNonNull && !definition.HasDefaultValue && !IsProvided(definition.Name, provided))
            {
                (missing ??= []).Add(definition);
            }
        }

        return (IReadOnlyList<InputValueDefinition>?)missing ?? [];
    }

    private static bool IsProvided(string name, IReadOnlyList<ArgumentNode> provided)
    {
        for (var i = 0; i < provided.Count; i++)
        {
            if (provided[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
