using System.Collections;
using System.Text.Json;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <content>CompleteValue (spec §6.4.3), abstract type resolution and error handling (§6.4.4).</content>
internal sealed partial class ExecutionRun
{
    private void CompleteValue(GraphQLType type, ResolveContext context, object? result, ResultNode parent, int index)
    {
        if (parent.IsDead)
        {
            return;
        }

        var nonNull = type.IsNonNull;
        var inner = type.Nullable;
        if (result is JsonElement json)
        {
            result = NormalizeJson(json);
        }

        if (result is null)
        {
            CompleteNull(nonNull, context, parent, index);
            return;
        }

        switch (inner)
        {
            case ListType list:
                CompleteList(list, nonNull, context, result, parent, index);
                break;
            case ScalarType or EnumType:
                CompleteLeaf((NamedType)inner, nonNull, context, result, parent, index);
                break;
            case ObjectType objectType:
                CompleteObject(objectType, nonNull, context, result, parent, index);
                break;
            default:
                CompleteAbstract((NamedType)inner, nonNull, context, result, parent, index);
                break;
        }
    }

    private void CompleteNull(bool nonNull, ResolveContext context, ResultNode parent, int index)
    {
        if (nonNull)
        {
            RaiseError(new GraphQLError($"Cannot return null for non-nullable field {context.ParentType.Name}.{context.Field.Name}."), context.Group, parent, index, true);
        }
        else
        {
            parent.Values[index] = null;
        }
    }

    private static object? NormalizeJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Object or JsonValueKind.Array => json,
        _ => JsonValues.ToClr(json),
    };

    private void CompleteLeaf(NamedType type, bool nonNull, ResolveContext context, object result, ResultNode parent, int index)
    {
        try
        {
            var serialized = type is ScalarType scalar ? scalar.Serialize(result) : ((EnumType)type).Serialize(result);
            parent.Values[index] = serialized ?? throw new GraphQLException($"Expected `{type.Name}.serialize({Inspector.Inspect(result)})` to return non-nullable value, returned: null");
        }
        catch (Exception ex)
        {
            FieldError(ex, context.Group, nonNull, parent, index);
        }
    }

    private void CompleteList(ListType list, bool nonNull, ResolveContext context, object result, ResultNode parent, int index)
    {
        var items = AsList(result);
        if (items is null)
        {
            RaiseError(new GraphQLError($"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.Field.Name}\"."), context.Group, parent, index, nonNull);
            return;
        }

        var node = new ResultList(items.Count);
        node.Attach(parent, index, nonNull);
        parent.Values[index] = node;
        for (var i = 0; i < items.Count && !node.IsDead; i++)
        {
            CompleteValue(list.OfType, context, items[i], node, i);
        }
    }

    private static IReadOnlyList<object?>? AsList(object result) => result switch
    {
        string => null,
        IReadOnlyList<object?> list => list,
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => (object?)e).ToList(),
        IEnumerable enumerable => enumerable.Cast<object?>().ToList(),
        _ => null,
    };

    private void CompleteObject(ObjectType type, bool nonNull, ResolveContext context, object result, ResultNode parent, int index)
    {
        if (type.IsTypeOf is not null && !type.IsTypeOf(result, context))
        {
            RaiseError(new GraphQLError($"Expected value of type \"{type.Name}\" but got: {Inspector.Inspect(result)}."), context.Group, parent, index, nonNull);
            return;
        }

        var fields = _collector.CollectSubfields(type, context.Group);
        var map = new ResultMap(fields.Keys);
        map.Attach(parent, index, nonNull);
        parent.Values[index] = map;
        ExecuteFields(type, result, fields, map);
    }

    private void CompleteAbstract(NamedType type, bool nonNull, ResolveContext context, object result, ResultNode parent, int index)
    {
        ObjectType runtimeType;
        try
        {
            runtimeType = ResolveAbstractType(type, context, result);
        }
        catch (Exception ex)
        {
            FieldError(ex, context.Group, nonNull, parent, index);
            return;
        }

        CompleteObject(runtimeType, nonNull, context, result, parent, index);
    }

    private ObjectType ResolveAbstractType(NamedType type, ResolveContext context, object value)
    {
        var resolver = type is InterfaceType iface ? iface.ResolveType : ((UnionType)type).ResolveType;
        var name = resolver?.Invoke(value, context) ?? DefaultTypeName(type, context, value)
            ?? throw new GraphQLException($"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{context.ParentType.Name}.{context.Field.Name}\". Either the \"{type.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        return Schema.GetType(name) switch
        {
            null => throw new GraphQLException($"Abstract type \"{type.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema."),
            ObjectType objectType when Schema.IsSubType(type, objectType) => objectType,
            ObjectType objectType => throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{type.Name}\"."),
            _ => throw new GraphQLException($"Abstract type \"{type.Name}\" was resolved to a non-object type \"{name}\"."),
        };
    }

    private string? DefaultTypeName(NamedType type, ResolveContext context, object value)
    {
        var declared = value switch
        {
            IReadOnlyDictionary<string, object?> d => d.GetValueOrDefault("__typename") as string,
            IDictionary<string, object?> d => d.TryGetValue("__typename", out var n) ? n as string : null,
            JsonElement { ValueKind: JsonValueKind.Object } e when e.TryGetProperty("__typename", out var n) => n.GetString(),
            _ => null,
        };
        if (declared is not null)
        {
            return declared;
        }

        var possible = Schema.GetPossibleTypes(type);
        foreach (var candidate in possible)
        {
            if (candidate.IsTypeOf is not null && candidate.IsTypeOf(value, context))
            {
                return candidate.Name;
            }
        }

        var clrName = value.GetType().Name;
        return possible.FirstOrDefault(t => t.Name == clrName)?.Name;
    }

    private void FieldError(Exception exception, FieldGroup group, bool nonNull, ResultNode parent, int index) =>
        RaiseError(ToError(exception), group, parent, index, nonNull);

    private GraphQLError ToError(Exception exception)
    {
        if (exception is GraphQLException graphQLException)
        {
            return graphQLException.ToError();
        }

        var details = _options.IncludeExceptionDetails
            ? new Dictionary<string, object?>
            {
                ["exception"] = new Dictionary<string, object?>
                {
                    ["type"] = exception.GetType().FullName,
                    ["message"] = exception.Message,
                    ["stackTrace"] = exception.StackTrace,
                },
            }
            : null;
        var error = new GraphQLError(_options.IncludeExceptionDetails ? exception.Message : "Unexpected Execution Error", extensions: details, exception: exception);
        _options.OnUnexpectedException?.Invoke(exception, error);
        return error;
    }

    /// <summary>Records a field error at <paramref name="index"/> of <paramref name="parent"/> and nulls the nearest nullable position.</summary>
    private void RaiseError(GraphQLError error, FieldGroup group, ResultNode parent, int index, bool nonNull)
    {
        if (parent.IsDetached())
        {
            return;
        }

        var locations = new SourceLocation[group.Nodes.Count];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = group.Nodes[i].Location.ToSourceLocation();
        }

        _errors.Add(new GraphQLError(error.Message, locations, parent.PathTo(index), error.Extensions, error.Exception));
        if (nonNull)
        {
            PropagateNull(parent);
        }
        else
        {
            parent.Values[index] = null;
        }
    }

    private void PropagateNull(ResultNode node)
    {
        while (true)
        {
            node.IsDead = true;
            var parent = node.Parent;
            if (parent is null)
            {
                _dataIsNull = true;
                return;
            }

            parent.Values[node.ParentIndex] = null;
            if (!node.IsNonNullInParent)
            {
                return;
            }

            node = parent;
        }
    }
}
