using System.Collections.Concurrent;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// A parsed and validated document ready to execute, with caches shared by every request that uses it
/// (collected fields, limit analysis). Thread-safe.
/// </summary>
internal sealed class PreparedDocument
{
    public PreparedDocument(DocumentNode document)
    {
        Document = document;
        Fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Operations = document.Definitions.OfType<OperationDefinitionNode>().ToArray();
        ConditionVariables = VariableConditions(document);
    }

    public DocumentNode Document { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public OperationDefinitionNode[] Operations { get; }

    /// <summary>The variables used as <c>@skip</c>/<c>@include</c> conditions; field collection depends on their values.</summary>
    public string[] ConditionVariables { get; }

    /// <summary>
    /// The shared collected-fields cache for the requests whose condition variables have the same truth values, or
    /// null when there are too many condition variables or value combinations to cache (then collection is per request).
    /// </summary>
    public ConcurrentDictionary<(ObjectType, object), CollectedFields>? CollectedFieldsCache(IReadOnlyDictionary<string, object?> variables)
    {
        if (ConditionVariables.Length > 64)
        {
            return null;
        }

        var mask = 0UL;
        for (var i = 0; i < ConditionVariables.Length; i++)
        {
            if (variables.TryGetValue(ConditionVariables[i], out var value) && value is true)
            {
                mask |= 1UL << i;
            }
        }

        if (_collectedFields.TryGetValue(mask, out var cache))
        {
            return cache;
        }

        // Each combination of condition values gets its own cache; a handful covers real clients, and the cap keeps a
        // client cycling through combinations from growing the cache without bound.
        return _collectedFields.Count < MaxConditionCombinations ? _collectedFields.GetOrAdd(mask, _ => new()) : null;
    }

    private const int MaxConditionCombinations = 16;

    private readonly ConcurrentDictionary<ulong, ConcurrentDictionary<(ObjectType, object), CollectedFields>> _collectedFields = new();

    /// <summary>Limit analysis results for operations whose analysis does not depend on variables.</summary>
    public ConcurrentDictionary<OperationDefinitionNode, GraphQLError?> LimitCache { get; } = new();

    private static string[] VariableConditions(DocumentNode document)
    {
        var names = new List<string>();
        var stack = new Stack<SelectionSetNode>(document.Definitions.Select(d => d switch
        {
            OperationDefinitionNode o => o.SelectionSet,
            FragmentDefinitionNode f => f.SelectionSet,
            _ => null,
        }).OfType<SelectionSetNode>());
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                foreach (var directive in selection.Directives.Where(d => d.Name.Value is "skip" or "include"))
                {
                    names.AddRange(directive.Arguments.Select(a => a.Value).OfType<VariableNode>().Select(v => v.Name.Value));
                }

                var child = selection switch
                {
                    FieldNode f => f.SelectionSet,
                    InlineFragmentNode i => i.SelectionSet,
                    _ => null,
                };
                if (child is not null)
                {
                    stack.Push(child);
                }
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToArray();
    }
}
