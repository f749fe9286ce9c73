using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>An input object type; coerced values are <see cref="IReadOnlyDictionary{TKey,TValue}"/> of field name to value. Immutable.</summary>
public sealed class InputObjectType : NamedType
{
    internal InputObjectType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, directives)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in definition order.</summary>
    public FieldMap<InputValueDefinition> Fields { get; internal set; } = FieldMap<InputValueDefinition>.Empty;

    /// <summary>True when the type carries <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }
}
