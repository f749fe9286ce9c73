using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>An interface type. Immutable once the schema is built; thread-safe.</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, directives)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>The registered runtime type resolver, or null to use the defaults.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
