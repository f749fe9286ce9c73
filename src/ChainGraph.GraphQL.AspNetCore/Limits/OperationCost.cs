using System.Collections.Concurrent;
using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Depth and estimated cost of one operation (see <see cref="GraphQLLimits.MaxCost"/>), with fragments expanded and
/// priced once per place they can be priced differently. Runs before validation, so it skips what it does not know
/// (unknown fields and types, fragment cycles) and leaves reporting those to the validator. One instance per schema;
/// thread-safe.
/// </summary>
internal sealed class OperationCost
{
    private readonly ISchema _schema;
    private readonly GraphQLLimits _limits;
    private readonly ConcurrentDictionary<FieldType, int?> _assumedSizes = new();
    private readonly Lazy<IntrospectionSizes> _introspection;

    public OperationCost(ISchema schema, GraphQLLimits limits)
    {
        _schema = schema;
        _limits = limits;
        _introspection = new(() => IntrospectionSizes.Of(schema));
    }

    /// <summary>The limit <paramref name="operation"/> exceeds with these variable values, or null.</summary>
    public LimitError? Check(GraphQLDocument document, GraphQLOperationDefinition operation,
        IReadOnlyDictionary<string, object?>? variables)
    {
        var root = operation.Operation switch
        {
            OperationType.Mutation => _schema.Mutation,
            OperationType.Subscription => _schema.Subscription,
            _ => (IComplexGraphType?)_schema.Query,
        };
        if (root is null) return null;
        var walk = new Walk(this, document, operation, variables);
        var (cost, depth) = walk.SelectionSet(operation.SelectionSet, root, insideConnection: false);
        if (depth > _limits.MaxDepth)
            return new LimitError($"The query is {depth} levels deep; at most {_limits.MaxDepth} are allowed.", LimitError.DepthLimit);
        if (cost > _limits.MaxCost)
        {
            return new LimitError(
                $"The query's estimated cost is {Math.Ceiling(cost).ToString(CultureInfo.InvariantCulture)}; at most {_limits.MaxCost.ToString(CultureInfo.InvariantCulture)} is allowed (lists and connections count their 'first').",
                LimitError.CostLimit);
        }

        return null;
    }

    private int? AssumedSize(FieldType field) => _assumedSizes.GetOrAdd(field, f =>
        f.FindAppliedDirective("listSize")?.FindArgument("assumedSize")?.Value is { } size
            ? Convert.ToInt32(size, CultureInfo.InvariantCulture)
            : null);

    // One traversal: the request's variables, and fragment results memoised by (fragment, type, inside a connection).
    private sealed class Walk(OperationCost owner, GraphQLDocument document, GraphQLOperationDefinition operation,
        IReadOnlyDictionary<string, object?>? variables)
    {
        private readonly Dictionary<(string, string, bool), (double, int)> _fragments = [];
        private readonly HashSet<string> _inProgress = [];

        public (double Cost, int Depth) SelectionSet(GraphQLSelectionSet set, IGraphType parent, bool insideConnection)
        {
            double cost = 0;
            var depth = 0;
            foreach (var selection in set.Selections)
            {
                var (c, d) = selection switch
                {
                    GraphQLField field => Field(field, parent, insideConnection),
                    GraphQLInlineFragment inline =>
                        SelectionSet(inline.SelectionSet, TypeOrParent(inline.TypeCondition, parent), insideConnection),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue, parent, insideConnection),
                    _ => (0d, 0),
                };
                cost += c;
                depth = Math.Max(depth, d);
            }

            return (cost, depth);
        }

        private (double, int) Fragment(string name, IGraphType parent, bool insideConnection)
        {
            var definition = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == name);
            if (definition is null || !_inProgress.Add(name)) return (0, 0);
            var type = TypeOrParent(definition.TypeCondition, parent);
            var key = (name, type.Name, insideConnection);
            if (!_fragments.TryGetValue(key, out var result))
                _fragments[key] = result = SelectionSet(definition.SelectionSet, type, insideConnection);
            _inProgress.Remove(name);
            return result;
        }

        private (double, int) Field(GraphQLField node, IGraphType parent, bool insideConnection)
        {
            var name = node.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal)) return (Introspection(node, name), 0);
            if (parent is not IComplexGraphType complex || complex.GetField(name) is not { } field) return (0, 1);
            var (named, isList) = Unwrap(field.ResolvedType);
            if (node.SelectionSet is null || named is null) return (0, 1);
            var first = First(node, field);
            var isConnection = !isList && first is not null;
            double multiplier = isConnection
                ? first!.Value
                : isList ? first ?? (insideConnection ? 1 : owner.AssumedSize(field) ?? owner._limits.DefaultListSize) : 1;
            var (childCost, childDepth) = SelectionSet(node.SelectionSet, named, isConnection);
            return (1 + multiplier * childCost, 1 + childDepth);
        }

        private double Introspection(GraphQLField node, string name)
        {
            if (node.SelectionSet is null) return 0;
            var sizes = owner._introspection.Value;
            var start = name switch
            {
                "__schema" => owner._schema.AllTypes["__Schema"],
                "__type" => owner._schema.AllTypes["__Type"],
                _ => null,
            };
            return start is null ? 0 : owner._limits.IntrospectionWeight * (1 + IntrospectionSet(node.SelectionSet, start, sizes, 0));
        }

        // Introspection types nest without end (__Type.ofType, __Type.fields.type ...); the parser's depth limit ends it.
        private double IntrospectionSet(GraphQLSelectionSet set, IGraphType parent, IntrospectionSizes sizes, int guard)
        {
            double cost = 0;
            foreach (var selection in set.Selections)
            {
                if (guard > 64) break;
                cost += selection switch
                {
                    GraphQLField { SelectionSet: { } children } field when parent is IComplexGraphType complex
                        && complex.GetField(field.Name.StringValue) is { } definition
                        && Unwrap(definition.ResolvedType) is ({ } named, var isList) =>
                        1 + (isList ? sizes.Of(field.Name.StringValue) : 1) * IntrospectionSet(children, named, sizes, guard + 1),
                    GraphQLInlineFragment inline => IntrospectionSet(inline.SelectionSet, parent, sizes, guard + 1),
                    GraphQLFragmentSpread spread when document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name) is { } fragment
                        && _inProgress.Add("__" + fragment.FragmentName.Name.StringValue) =>
                        Release(IntrospectionSet(fragment.SelectionSet, parent, sizes, guard + 1),
                        "__" + fragment.FragmentName.Name.StringValue),
                    _ => 0,
                };
            }

            return cost;
        }

        private double Release(double cost, string key)
        {
            _inProgress.Remove(key);
            return cost;
        }

        private int? First(GraphQLField node, FieldType field)
        {
            if (field.Arguments?.Find("first") is not { } argument) return null;
            var value = node.Arguments?.FirstOrDefault(a => a.Name == "first")?.Value;
            var given = value switch
            {
                GraphQLIntValue literal => Number(literal.Value.ToString()),
                GraphQLVariable variable => Variable(variable.Name.StringValue),
                _ => null,
            };
            return Math.Max(0, given ?? Number(argument.DefaultValue) ?? owner._limits.DefaultListSize);
        }

        private int? Variable(string name)
        {
            if (variables is not null && variables.TryGetValue(name, out var value) && Number(JsonInputs.ToValue(value)) is { } given)
                return given;
            var definition = operation.Variables?.FirstOrDefault(v => v.Variable.Name == name);
            return definition?.DefaultValue is GraphQLIntValue literal ? Number(literal.Value.ToString()) : null;
        }

        // Anything larger than an int prices as int.MaxValue: a bigger page is refused, never wrapped around.
        private static int? Number(object? value) => value switch
        {
            int i => i,
            long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
            string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) =>
                (int)Math.Clamp(parsed, int.MinValue, int.MaxValue),
            string s when s.Length > 0 && char.IsAsciiDigit(s[^1]) => s.StartsWith('-') ? int.MinValue : int.MaxValue,
            System.Numerics.BigInteger big => big.Sign < 0 ? int.MinValue : int.MaxValue,
            _ => null,
        };

        private IGraphType TypeOrParent(GraphQLTypeCondition? condition, IGraphType parent) =>
            condition is null ? parent : owner._schema.AllTypes[condition.Type.Name.StringValue] ?? parent;
    }

    private static (IGraphType? Named, bool IsList) Unwrap(IGraphType? type)
    {
        var isList = false;
        while (type is NonNullGraphType or ListGraphType)
        {
            if (type is ListGraphType) isList = true;
            type = type is NonNullGraphType nonNull ? nonNull.ResolvedType : ((ListGraphType)type).ResolvedType;
        }

        return (type is IComplexGraphType or IAbstractGraphType ? type : null, isList);
    }

    /// <summary>Average list lengths of the schema's introspection answer.</summary>
    private sealed record IntrospectionSizes(int Types, int Fields, int Arguments, int EnumValues, int PossibleTypes, int Directives)
    {
        public static IntrospectionSizes Of(ISchema schema)
        {
            var types = schema.AllTypes.ToList();
            var complex = types.OfType<IComplexGraphType>().ToList();
            var fields = complex.SelectMany(t => t.Fields).ToList();
            var enums = types.OfType<EnumerationGraphType>().ToList();
            return new IntrospectionSizes(
                types.Count,
                Average(fields.Count, complex.Count),
                Average(fields.Sum(f => f.Arguments?.Count ?? 0), fields.Count),
                Average(enums.Sum(e => e.Values.Count), enums.Count),
                Average(types.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count), types.OfType<IAbstractGraphType>().Count()),
                schema.Directives.Count);
        }

        public int Of(string field) => field switch
        {
            "types" => Types,
            "fields" or "inputFields" => Fields,
            "args" => Arguments,
            "enumValues" => EnumValues,
            "possibleTypes" or "interfaces" => PossibleTypes,
            "directives" => Directives,
            _ => 5,
        };

        private static int Average(int total, int count) => count == 0 ? 1 : Math.Max(1, (int)Math.Ceiling((double)total / count));
    }
}
