using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    /// <summary>Creates the type.</summary>
    protected NamedType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
    {
        Name = name;
        Description = description;
        AppliedDirectives = directives ?? [];
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The type's description, or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>Directives applied to the type in SDL (definition and extensions).</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; }

    /// <inheritdoc />
    public override NamedType Named => this;

    /// <summary>True for the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospection => Name.StartsWith("__", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;
}
