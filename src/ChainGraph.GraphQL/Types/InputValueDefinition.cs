using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>An argument or an input object field. Immutable once the schema is built; thread-safe.</summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValue, string? deprecationReason, IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        AppliedDirectives = directives;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The default value literal from SDL, or null when there is none.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>True when a default value is defined (possibly the literal <c>null</c>).</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>The default value coerced to its internal representation (valid when <see cref="HasDefaultValue"/>).</summary>
    public object? CoercedDefaultValue { get; internal set; }

    /// <summary>The <c>@deprecated</c> reason, or null.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
