using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>A field of an object or interface type. Immutable once the schema is built; thread-safe.</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, string? description, GraphQLType type, FieldMap<InputValueDefinition> arguments, string? deprecationReason, IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        DeprecationReason = deprecationReason;
        AppliedDirectives = directives;
        Resolver = DefaultFieldResolver.For(name);
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The arguments in definition order.</summary>
    public FieldMap<InputValueDefinition> Arguments { get; }

    /// <summary>The <c>@deprecated</c> reason, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when the field carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to the field in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    /// <summary>The resolver: the registered one, or the default property/dictionary/JSON lookup.</summary>
    public FieldResolver Resolver { get; internal set; }

    /// <summary>True when a resolver was registered for this field.</summary>
    public bool HasCustomResolver { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
