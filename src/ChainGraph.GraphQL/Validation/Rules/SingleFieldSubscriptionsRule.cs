using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.3.1 Single Root Field: a subscription selects exactly one non-introspection root field.</summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation || Context.Schema.SubscriptionType is null)
        {
            return true;
        }

        var label = operation.Name is null ? "Anonymous Subscription" : $"Subscription \"{operation.Name.Value}\"";
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        if (fields.Count > 1)
        {
            Report($"{label} must select only one top level field.", fields.Values.Skip(1).SelectMany(f => f).ToArray());
        }

        foreach (var group in fields.Values.Where(g => g[0].Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            Report($"{label} must not select an introspection top level field.", group.ToArray());
        }

        return true;
    }

    private void Collect(SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsSkipped(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseName, out var list))
                    {
                        fields[field.ResponseName] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    Collect(inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && Context.GetFragment(spread.Name.Value) is { } fragment:
                    Collect(fragment.SelectionSet, fields, visited);
                    break;
            }
        }
    }

    private static bool IsSkipped(SelectionNode selection) => selection.Directives.Any(d =>
        d.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value is BooleanValueNode condition
        && ((d.Name.Value == "skip" && condition.Value) || (d.Name.Value == "include" && !condition.Value)));
}
