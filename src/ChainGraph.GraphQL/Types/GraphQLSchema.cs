using System.Collections.Frozen;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// A validated, immutable schema: root types, every named type (built-in scalars and introspection types
/// included) and directives. Built by <see cref="SchemaBuilder"/>; thread-safe and meant to be shared.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly FrozenDictionary<string, NamedType> _types;
    private readonly FrozenDictionary<string, DirectiveDefinition> _directives;
    private readonly FrozenDictionary<NamedType, ObjectType[]> _possibleTypes;
    private readonly FrozenDictionary<NamedType, FrozenSet<NamedType>> _subTypes;

    internal GraphQLSchema(
        string? description,
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        DocumentNode document)
    {
        Description = description;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Types = types;
        Directives = directives;
        Document = document;
        _types = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
        _possibleTypes = ComputePossibleTypes(types);
        _subTypes = _possibleTypes.ToFrozenDictionary(p => p.Key, p => ComputeSubTypes(p.Key, types));
    }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The query root type.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>All named types: SDL types in document order, then built-in scalars, then introspection types.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>All directives: those defined in SDL, then the specified ones, then the engine's cost directives (if used).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The SDL document the schema was built from.</summary>
    public DocumentNode Document { get; }

    internal MetaFields MetaFields { get; set; } = null!;

    /// <summary>
    /// The field <paramref name="name"/> of <paramref name="parentType"/>, including the meta fields
    /// (<c>__typename</c> on composite types, <c>__schema</c> and <c>__type</c> on the query root); null when unknown.
    /// </summary>
    public FieldDefinition? GetField(NamedType parentType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename" && parentType.IsComposite)
            {
                return MetaFields.TypeName;
            }

            if (ReferenceEquals(parentType, QueryType) && name is "__schema" or "__type")
            {
                return name == "__schema" ? MetaFields.Schema : MetaFields.Type;
            }
        }

        return parentType is ComplexType complex ? complex.Fields[name] : null;
    }

    /// <summary>Looks a named type up, or returns null.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>Looks a directive up by name (without <c>@</c>), or returns null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type for an operation type, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type may resolve to (union members or interface implementations).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>True when <paramref name="objectType"/> is a possible runtime type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) => IsSubType(abstractType, objectType);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a union member of, or implements (directly or through other
    /// interfaces), <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>True when the two composite types can share at least one runtime object type.</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstract)
        {
            return b.IsAbstract ? GetPossibleTypes(b).Any(t => IsSubType(a, t)) : IsSubType(a, b);
        }

        return b.IsAbstract && IsSubType(b, a);
    }

    private static FrozenDictionary<NamedType, ObjectType[]> ComputePossibleTypes(IReadOnlyList<NamedType> types)
    {
        var result = new Dictionary<NamedType, List<ObjectType>>();
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    result[union] = [.. union.Types];
                    break;
                case InterfaceType iface:
                    result.TryAdd(iface, []);
                    break;
            }
        }

        foreach (var type in types.OfType<ObjectType>())
        {
            foreach (var iface in type.Interfaces)
            {
                if (result.TryGetValue(iface, out var list))
                {
                    list.Add(type);
                }
            }
        }

        return result.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    private static FrozenSet<NamedType> ComputeSubTypes(NamedType abstractType, IReadOnlyList<NamedType> types)
    {
        if (abstractType is UnionType union)
        {
            return union.Types.Cast<NamedType>().ToFrozenSet();
        }

        var iface = (InterfaceType)abstractType;
        return types.OfType<ComplexType>().Where(t => t.Implements(iface)).Cast<NamedType>().ToFrozenSet();
    }
}
