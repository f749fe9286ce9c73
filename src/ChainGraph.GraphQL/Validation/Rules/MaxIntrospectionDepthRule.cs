using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended rule: introspection queries may nest <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> at most twice, which stops exponential introspection documents.
/// </summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    private const int MaxListsDepth = 3;

    // Fragments already known not to exceed the limit when entered at a given depth; without this, a chain of
    // fragments that each spread the next twice would be explored exponentially often.
    private readonly HashSet<(string Fragment, int Depth)> _safe = [];

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field && ExceedsDepth(field, new HashSet<string>(StringComparer.Ordinal), 0))
        {
            Report("Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    private bool ExceedsDepth(SyntaxNode node, HashSet<string> visitedFragments, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (_safe.Contains((name, depth)) || !visitedFragments.Add(name) || Context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            try
            {
                var exceeds = ExceedsDepth(fragment, visitedFragments, depth);
                if (!exceeds)
                {
                    _safe.Add((name, depth));
                }

                return exceeds;
            }
            finally
            {
                visitedFragments.Remove(name);
            }
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
        {
            return true;
        }

        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        return selectionSet is not null && selectionSet.Selections.Any(s => ExceedsDepth(s, visitedFragments, depth));
    }
}
