using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <summary>The spec's CoerceArgumentValues with graphql-js's messages. Stateless, thread-safe.</summary>
internal static class ArgumentCoercion
{
    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldMap<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        IReadOnlyDictionary<string, object?> variables)
    {
        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var node = Find(nodes, definition.Name);
            if (node is null || (node.Value is VariableNode variable && !variables.ContainsKey(variable.Name.Value)))
            {
                UseDefault(definition, node, result);
                continue;
            }

            var isNull = node.Value is NullValueNode || (node.Value is VariableNode v && variables[v.Name.Value] is null);
            if (isNull && definition.Type.IsNonNull)
            {
                throw new GraphQLException($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.");
            }

            var value = InputValues.ValueFromAst(node.Value, definition.Type, variables);
            if (ReferenceEquals(value, InputValues.Undefined))
            {
                throw new GraphQLException($"Argument \"{definition.Name}\" has invalid value {Printer.Print(node.Value)}.");
            }

            result[definition.Name] = value;
        }

        return result;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        foreach (var node in nodes)
        {
            if (node.Name.Value == name)
            {
                return node;
            }
        }

        return null;
    }

    private static void UseDefault(InputValueDefinition definition, ArgumentNode? node, Dictionary<string, object?> result)
    {
        if (definition.HasDefaultValue)
        {
            result[definition.Name] = definition.CoercedDefaultValue;
        }
        else if (definition.Type.IsNonNull)
        {
            throw new GraphQLException(node?.Value is VariableNode variable
                ? $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value."
                : $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.");
        }
    }
}
