namespace ChainGraph.GraphQL.Types;

/// <summary>The kinds of GraphQL types, as reported by <c>__Type.kind</c>.</summary>
public enum TypeKind
{
    /// <summary>A leaf value such as Int or a custom scalar.</summary>
    Scalar,

    /// <summary>An object type with fields.</summary>
    Object,

    /// <summary>An abstract type with fields that object types implement.</summary>
    Interface,

    /// <summary>An abstract type listing member object types.</summary>
    Union,

    /// <summary>A leaf type with a fixed set of values.</summary>
    Enum,

    /// <summary>A structured input type.</summary>
    InputObject,

    /// <summary>A list wrapper.</summary>
    List,

    /// <summary>A non-null wrapper.</summary>
    NonNull,
}
