using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.1 Field Selections: fields must exist on the parent type; suggests fragments or similar names.</summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is FieldNode field && Context.TypeInfo.ParentType is { } type && Context.TypeInfo.FieldDefinition is null)
        {
            var name = field.Name.Value;
            var hint = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(type, name));
            if (hint.Length == 0)
            {
                hint = Suggestions.DidYouMean(type is ComplexType complex ? Suggestions.List(name, complex.Fields.Select(f => f.Name)) : []);
            }

            Report($"Cannot query field \"{name}\" on type \"{type.Name}\".{hint}", field);
        }

        return true;
    }

    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstract)
        {
            return [];
        }

        var schema = Context.Schema;
        var usage = new Dictionary<NamedType, int>();
        foreach (var possible in schema.GetPossibleTypes(type).Where(p => p.Fields[fieldName] is not null))
        {
            usage[possible] = 1;
            foreach (var iface in possible.Interfaces.Where(i => i.Fields[fieldName] is not null))
            {
                usage[iface] = usage.GetValueOrDefault(iface) + 1;
            }
        }

        var suggested = usage.Keys.ToList();
        suggested.Sort((a, b) =>
        {
            var diff = usage[b] - usage[a];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            return b is InterfaceType && schema.IsSubType(b, a) ? 1 : Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.Select(t => t.Name).ToList();
    }
}
