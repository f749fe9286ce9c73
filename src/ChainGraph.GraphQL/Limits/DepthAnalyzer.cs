using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Limits;

/// <summary>Maximum field nesting of a selection set, fragments expanded (memoised), introspection fields ignored.</summary>
internal sealed class DepthAnalyzer(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public int Depth(SelectionSetNode selectionSet)
    {
        var max = 0;
        foreach (var selection in selectionSet.Selections)
        {
            max = Math.Max(max, selection switch
            {
                FieldNode field when field.Name.Value.StartsWith("__", StringComparison.Ordinal) => 0,
                FieldNode field => 1 + (field.SelectionSet is null ? 0 : Depth(field.SelectionSet)),
                InlineFragmentNode inline => Depth(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            });
        }

        return max;
    }

    private int FragmentDepth(string name)
    {
        if (_fragmentDepths.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }
}
