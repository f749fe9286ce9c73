using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles. Each fragment is explored once (O(N)); recursion depth is
/// bounded by the length of the longest spread chain.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycle(fragment);
        }

        return node is not (OperationDefinitionNode or FragmentDefinitionNode);
    }

    private void DetectCycle(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndex[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndex.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } target)
                {
                    DetectCycle(target);
                }
            }
            else
            {
                var cycle = _spreadPath.Skip(cycleIndex).ToArray();
                var via = string.Join(", ", cycle.SkipLast(1).Select(s => $"\"{s.Name.Value}\""));
                Report($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cycle);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndex.Remove(name);
    }
}
