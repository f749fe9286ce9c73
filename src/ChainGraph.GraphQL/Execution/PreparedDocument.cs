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
        ConditionsUseVariables = UsesVariableConditions(document);
    }

    public DocumentNode Document { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public OperationDefinitionNode[] Operations { get; }

    /// <summary>True when some <c>@skip</c>/<c>@include</c> condition is a variable, so field collection depends on the request.</summary>
    public bool ConditionsUseVariables { get; }

    public ConcurrentDictionary<(ObjectType, object), CollectedFields> CollectedFieldsCache { get; } = new();

    /// <summary>Limit analysis results for operations whose analysis does not depend on variables.</summary>
    public ConcurrentDictionary<OperationDefinitionNode, GraphQLError?> LimitCache { get; } = new();

    private static bool UsesVariableConditions(DocumentNode document)
    {
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
                if (selection.Directives.Any(d => d.Name.Value is "skip" or "include" && d.Arguments.Any(a => a.Value is VariableNode)))
                {
                    return true;
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

        return false;
    }
}
