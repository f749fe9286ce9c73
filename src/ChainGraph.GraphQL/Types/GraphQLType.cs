namespace ChainGraph.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a list/non-null wrapper. Types are immutable once the schema is built
/// and safe to share between threads.
/// </summary>
public abstract class GraphQLType
{
    /// <summary>The kind of the type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>True for scalars, enums and input objects (and wrappers of them).</summary>
    public bool IsInputType => Named.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True for every type but input objects (and wrappers of them).</summary>
    public bool IsOutputType => Named.Kind != TypeKind.InputObject;

    /// <summary>The innermost named type.</summary>
    public abstract NamedType Named { get; }

    /// <summary>The type without an outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>True when the outermost wrapper is non-null.</summary>
    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>True for scalars and enums.</summary>
    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>True for objects, interfaces and unions.</summary>
    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>True for interfaces and unions.</summary>
    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>The type in SDL notation, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
