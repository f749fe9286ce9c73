using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>A union type. Immutable once the schema is built; thread-safe.</summary>
public sealed class UnionType : NamedType
{
    internal UnionType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, directives)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member object types.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>The registered runtime type resolver, or null to use the defaults.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
