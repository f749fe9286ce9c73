using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Limits;

/// <summary>
/// Estimated field cost in the style of HotChocolate / the IBM cost spec: a field costs its weight (<c>@cost</c>, else
/// 1 for composite and 0 for leaf types) plus its selection's cost, multiplied for list fields by the <c>first</c>/<c>last</c>
/// (or <c>@listSize(slicingArguments:)</c>) argument, else <c>@listSize(assumedSize:)</c>, else the default list size.
/// Fragments on all type conditions are summed (an upper bound). Uses doubles so huge estimates cannot overflow.
/// </summary>
internal sealed class CostAnalyzer(GraphQLSchema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, int defaultListSize)
{
    private readonly Dictionary<string, double> _fragmentCosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public double Cost(SelectionSetNode selectionSet, NamedType parentType)
    {
        var total = 0.0;
        foreach (var selection in selectionSet.Selections)
        {
            total += selection switch
            {
                FieldNode field => FieldCost(field, parentType),
                InlineFragmentNode inline => Cost(inline.SelectionSet, inline.TypeCondition is null ? parentType : schema.GetType(inline.TypeCondition.Name.Value) ?? parentType),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value),
                _ => 0,
            };
        }

        return total;
    }

    private double FieldCost(FieldNode field, NamedType parentType)
    {
        if (field.Name.Value.StartsWith("__", StringComparison.Ordinal) || schema.GetField(parentType, field.Name.Value) is not { } definition)
        {
            return 0;
        }

        var named = definition.Type.Named;
        var directives = CostDirectives.For(definition);
        var weight = directives.Weight ?? CostDirectives.TypeWeight(named) ?? (named.IsComposite ? 1 : 0);
        var children = field.SelectionSet is null ? 0 : Cost(field.SelectionSet, named);
        return weight + (IsList(definition.Type) ? ListSize(field, directives) : 1) * children;
    }

    private static bool IsList(GraphQLType type) => type.Nullable is ListType;

    private double ListSize(FieldNode field, CostDirectives directives)
    {
        double? sliced = null;
        foreach (var argument in field.Arguments.Where(a => directives.SlicingArguments.Contains(a.Name.Value)))
        {
            if (IntValue(argument.Value) is { } size)
            {
                sliced = Math.Max(sliced ?? 0, size);
            }
        }

        return sliced ?? directives.AssumedSize ?? defaultListSize;
    }

    private int? IntValue(ValueNode value) => value switch
    {
        IntValueNode literal when int.TryParse(literal.Value, out var parsed) => Math.Max(parsed, 0),
        VariableNode variable when variables.TryGetValue(variable.Name.Value, out var bound) && bound is int parsed => Math.Max(parsed, 0),
        _ => null,
    };

    private double FragmentCost(string name)
    {
        if (_fragmentCosts.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!fragments.TryGetValue(name, out var fragment) || schema.GetType(fragment.TypeCondition.Name.Value) is not { } type || !_inProgress.Add(name))
        {
            return 0;
        }

        var cost = Cost(fragment.SelectionSet, type);
        _inProgress.Remove(name);
        _fragmentCosts[name] = cost;
        return cost;
    }
}
