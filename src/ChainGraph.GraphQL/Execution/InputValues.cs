using System.Collections;
using System.Text.Json;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// Input coercion (spec §3 "Input Coercion"): literals via graphql-js's <c>valueFromAST</c>, runtime values via
/// <c>coerceInputValue</c>. Coerced input objects are read-only dictionaries, lists are read-only lists.
/// Stateless and thread-safe.
/// </summary>
internal static class InputValues
{
    /// <summary>Marks "no value" (absent or invalid), as distinct from null.</summary>
    public static readonly object Undefined = new();

    public static readonly IReadOnlyDictionary<string, object?> EmptyObject = new Dictionary<string, object?>();

    /// <summary>Coerces a literal; returns <see cref="Undefined"/> when it is invalid for the type.</summary>
    public static object? ValueFromAst(ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is null)
        {
            return Undefined;
        }

        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                return Undefined;
            }

            return value is null && type.IsNonNull ? Undefined : value;
        }

        if (type is NonNullType nonNull)
        {
            return node is NullValueNode ? Undefined : ValueFromAst(node, nonNull.OfType, variables);
        }

        if (node is NullValueNode)
        {
            return null;
        }

        return type switch
        {
            ListType list => ListFromAst(node, list.OfType, variables),
            InputObjectType input => ObjectFromAst(node, input, variables),
            ScalarType scalar => Try(() => scalar.ParseLiteral(node, variables)),
            EnumType enumType => Try(() => enumType.ParseLiteral(node)),
            _ => Undefined,
        };
    }

    /// <summary>Converts a literal to a CLR value without a type (graphql-js <c>valueFromASTUntyped</c>).</summary>
    public static object? ValueFromAstUntyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => int.TryParse(i.Value, out var small) ? small : long.TryParse(i.Value, out var large) ? large : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode l => l.Values.Select(v => ValueFromAstUntyped(v, variables)).ToList(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => ValueFromAstUntyped(f.Value, variables)),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => null,
    };

    /// <summary>True when the node is a variable with no runtime value.</summary>
    public static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>
    /// Coerces a runtime (variable) value. Errors are reported through <paramref name="onError"/> with the path inside
    /// the value, the offending value and a message; the return value is meaningless when an error was reported.
    /// </summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, Action<IReadOnlyList<object>, object?, string> onError, List<object>? path = null)
    {
        path ??= [];
        value = value is JsonElement json ? JsonValues.ToClr(json) : value;
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceInputValue(value, nonNull.OfType, onError, path);
            }

            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        return value is null ? null : type switch
        {
            ListType list => CoerceList(value, list, onError, path),
            InputObjectType input => CoerceObject(value, input, onError, path),
            _ => CoerceLeaf(value, (NamedType)type, onError, path),
        };
    }

    private static object Try(Func<object?> parse)
    {
        try
        {
            return parse() ?? Undefined;
        }
        catch (Exception)
        {
            return Undefined;
        }
    }

    private static object? ListFromAst(ValueNode node, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ListValueNode list)
        {
            var single = ValueFromAst(node, itemType, variables);
            return ReferenceEquals(single, Undefined) ? Undefined : new[] { single };
        }

        var result = new object?[list.Values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = list.Values[i];
            if (IsMissingVariable(item, variables))
            {
                if (itemType.IsNonNull)
                {
                    return Undefined;
                }

                continue;
            }

            result[i] = ValueFromAst(item, itemType, variables);
            if (ReferenceEquals(result[i], Undefined))
            {
                return Undefined;
            }
        }

        return result;
    }

    private static object? ObjectFromAst(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode objectNode)
        {
            return Undefined;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = objectNode.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.CoercedDefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    return Undefined;
                }

                continue;
            }

            var value = ValueFromAst(fieldNode.Value, field.Type, variables);
            if (ReferenceEquals(value, Undefined))
            {
                return Undefined;
            }

            result[field.Name] = value;
        }

        return type.IsOneOf && (result.Count != 1 || result.Values.First() is null) ? Undefined : result;
    }

    private static object? CoerceList(object value, ListType list, Action<IReadOnlyList<object>, object?, string> onError, List<object> path)
    {
        if (value is string || value is IDictionary || value is IReadOnlyDictionary<string, object?> || value is not IEnumerable items)
        {
            return new[] { CoerceInputValue(value, list.OfType, onError, path) };
        }

        var result = new List<object?>();
        var index = 0;
        foreach (var item in items)
        {
            path.Add(index++);
            result.Add(CoerceInputValue(item, list.OfType, onError, path));
            path.RemoveAt(path.Count - 1);
        }

        return result;
    }

    private static object? CoerceObject(object value, InputObjectType type, Action<IReadOnlyList<object>, object?, string> onError, List<object> path)
    {
        if (value is not IReadOnlyDictionary<string, object?> input)
        {
            onError(path.ToArray(), value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!input.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.CoercedDefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceInputValue(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in input.Keys)
        {
            if (type.Fields[name] is null)
            {
                var hint = Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Select(f => f.Name)));
                onError(path.ToArray(), value, $"Field \"{name}\" is not defined by type \"{type.Name}\".{hint}");
            }
        }

        CheckOneOf(type, result, value, onError, path);
        return result;
    }

    private static void CheckOneOf(InputObjectType type, Dictionary<string, object?> result, object value, Action<IReadOnlyList<object>, object?, string> onError, List<object> path)
    {
        if (!type.IsOneOf)
        {
            return;
        }

        if (result.Count != 1)
        {
            onError(path.ToArray(), value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            return;
        }

        var (key, fieldValue) = result.First();
        if (fieldValue is null)
        {
            onError([.. path, key], fieldValue, $"Field \"{key}\" must be non-null.");
        }
    }

    private static object? CoerceLeaf(object value, NamedType type, Action<IReadOnlyList<object>, object?, string> onError, List<object> path)
    {
        try
        {
            return type switch
            {
                ScalarType scalar => scalar.ParseValue(value) ?? throw new GraphQLException($"Expected type \"{type.Name}\"."),
                EnumType enumType => enumType.ParseValue(value),
                _ => throw new GraphQLException($"Expected type \"{type.Name}\"."),
            };
        }
        catch (GraphQLException ex)
        {
            onError(path.ToArray(), value, ex.Message);
        }
        catch (Exception ex)
        {
            onError(path.ToArray(), value, $"Expected type \"{type.Name}\". {ex.Message}");
        }

        return null;
    }
}
