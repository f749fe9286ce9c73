using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <summary>The spec's CoerceVariableValues (§6.1.2) with graphql-js's messages. Stateless, thread-safe.</summary>
internal static class VariableCoercion
{
    private const int MaxErrors = 50;

    public static IReadOnlyDictionary<string, object?> Coerce(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }

            CoerceOne(schema, definition, inputs, coerced, errors);
        }

        return coerced;
    }

    private static void CoerceOne(GraphQLSchema schema, VariableDefinitionNode definition, IReadOnlyDictionary<string, object?>? inputs, Dictionary<string, object?> coerced, List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            errors.Add(GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = InputValues.ValueFromAst(definition.DefaultValue, type, null);
            }
            else if (type.IsNonNull)
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
            }

            return;
        }

        if (IsNull(value) && type.IsNonNull)
        {
            errors.Add(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
            return;
        }

        coerced[name] = InputValues.CoerceInputValue(value, type, (path, invalid, message) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalid)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p))}\"";
            }

            errors.Add(GraphQLError.At(prefix + "; " + message, definition));
        });
    }

    private static bool IsNull(object? value) =>
        value is null || value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined };

    public static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
