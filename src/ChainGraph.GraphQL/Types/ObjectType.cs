using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>An object type. Immutable once the schema is built; thread-safe.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, directives)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>An optional predicate telling whether a runtime value is of this type (used for abstract types).</summary>
    public Func<object, ResolveContext, bool>? IsTypeOf { get; internal set; }
}
