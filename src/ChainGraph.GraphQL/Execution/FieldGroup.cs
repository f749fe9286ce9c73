using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// The field nodes sharing one response key under one object type (spec CollectFields' grouped field set entry),
/// with the field definition resolved. Shared between requests when the document cache holds it; immutable except
/// for the lazily cached, variable-free argument values.
/// </summary>
internal sealed class FieldGroup(ObjectType parentType, string responseKey, List<FieldNode> nodes, FieldDefinition? definition)
{
    private IReadOnlyDictionary<string, object?>? _constantArguments;

    public ObjectType ParentType { get; } = parentType;

    public string ResponseKey { get; } = responseKey;

    public List<FieldNode> Nodes { get; } = nodes;

    public FieldNode First => Nodes[0];

    public FieldDefinition? Definition { get; } = definition;

    public bool ArgumentsUseVariables { get; } = nodes[0].Arguments.Any(a => ContainsVariable(a.Value));

    /// <summary>Coerced argument values (spec CoerceArgumentValues); throws <see cref="GraphQLException"/> when invalid.</summary>
    public IReadOnlyDictionary<string, object?> Arguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (Definition is null || Definition.Arguments.Count == 0)
        {
            return InputValues.EmptyObject;
        }

        if (ArgumentsUseVariables)
        {
            return ArgumentCoercion.Coerce(Definition.Arguments, First.Arguments, variables);
        }

        return _constantArguments ??= ArgumentCoercion.Coerce(Definition.Arguments, First.Arguments, variables);
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
