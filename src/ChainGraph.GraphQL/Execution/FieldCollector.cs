using System.Collections.Concurrent;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// The spec's CollectFields / CollectSubfields (§6.3.2) with <c>@skip</c>/<c>@include</c> and fragment type
/// applicability. Results are memoised per (object type, selection) — in the shared document cache when the
/// document's skip/include conditions use no variables, otherwise per request.
/// </summary>
internal sealed class FieldCollector
{
    private static readonly NonNullType NonNullBoolean = new(BuiltInScalars.Boolean);

    private readonly GraphQLSchema _schema;
    private readonly PreparedDocument _document;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly ConcurrentDictionary<(ObjectType, object), CollectedFields> _cache;

    public FieldCollector(GraphQLSchema schema, PreparedDocument document, IReadOnlyDictionary<string, object?> variables)
    {
        _schema = schema;
        _document = document;
        _variables = variables;
        _cache = document.CollectedFieldsCache(variables) ?? new();
    }

    public CollectedFields Collect(ObjectType type, SelectionSetNode selectionSet) =>
        _cache.TryGetValue((type, selectionSet), out var cached)
            ? cached
            : _cache.GetOrAdd((type, selectionSet), _ => Build(type, [selectionSet]));

    public CollectedFields CollectSubfields(ObjectType type, FieldGroup group) =>
        _cache.TryGetValue((type, group), out var cached)
            ? cached
            : _cache.GetOrAdd((type, group), _ => Build(type, group.Nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!)));

    private CollectedFields Build(ObjectType type, IEnumerable<SelectionSetNode> selectionSets)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(type, selectionSet, grouped, order, visited);
        }

        var groups = order.Select(key => new FieldGroup(type, key, grouped[key], _schema.GetField(type, grouped[key][0].Name.Value))).ToArray();
        return new CollectedFields(order.ToArray(), groups);
    }

    private void CollectInto(ObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> grouped, List<string> order, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    AddField(field, grouped, order);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                    if (_document.Fragments.TryGetValue(spread.Name.Value, out var fragment) && DoesFragmentTypeApply(type, fragment.TypeCondition))
                    {
                        CollectInto(type, fragment.SelectionSet, grouped, order, visited);
                    }

                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || DoesFragmentTypeApply(type, inline.TypeCondition):
                    CollectInto(type, inline.SelectionSet, grouped, order, visited);
                    break;
            }
        }
    }

    private static void AddField(FieldNode field, Dictionary<string, List<FieldNode>> grouped, List<string> order)
    {
        var key = field.ResponseName;
        if (!grouped.TryGetValue(key, out var list))
        {
            list = [];
            grouped[key] = list;
            order.Add(key);
        }

        list.Add(field);
    }

    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode condition) => _schema.GetType(condition.Name.Value) switch
    {
        ObjectType fragmentType => ReferenceEquals(fragmentType, objectType),
        InterfaceType or UnionType => _schema.IsSubType(_schema.GetType(condition.Name.Value)!, objectType),
        _ => false,
    };

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is "skip" or "include" && IfArgument(directive) == (name == "skip"))
            {
                return false;
            }
        }

        return true;
    }

    private bool IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return InputValues.ValueFromAst(argument.Value, NonNullBoolean, _variables) is true;
            }
        }

        return false;
    }
}
