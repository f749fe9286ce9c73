using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>One value of an enum type. Immutable once the schema is built; thread-safe.</summary>
public sealed class EnumValueDefinition
{
    internal EnumValueDefinition(string name, string? description, string? deprecationReason, IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        AppliedDirectives = directives;
        Value = name;
    }

    /// <summary>The value's name as written in GraphQL.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The internal value resolvers see: the name, or a bound CLR enum member.</summary>
    public object Value { get; internal set; }

    /// <summary>The <c>@deprecated</c> reason, or null.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
