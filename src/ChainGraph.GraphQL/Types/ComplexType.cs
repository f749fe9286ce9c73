using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private protected ComplexType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, directives)
    {
    }

    /// <summary>The fields in definition order.</summary>
    public FieldMap<FieldDefinition> Fields { get; internal set; } = FieldMap<FieldDefinition>.Empty;

    /// <summary>The interfaces this type implements.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>True when this type declares <paramref name="iface"/> among its interfaces.</summary>
    public bool Implements(InterfaceType iface)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, iface))
            {
                return true;
            }
        }

        return false;
    }
}
