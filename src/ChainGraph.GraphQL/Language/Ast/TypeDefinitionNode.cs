namespace ChainGraph.GraphQL.Language;

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode(Location location) : TypeSystemDefinitionNode(location)
{
    /// <summary>The optional description string.</summary>
    public abstract StringValueNode? Description { get; }

    /// <summary>The type's name.</summary>
    public abstract NameNode Name { get; }

    /// <summary>Directives applied to the definition.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
