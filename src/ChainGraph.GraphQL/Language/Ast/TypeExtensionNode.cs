namespace ChainGraph.GraphQL.Language;

/// <summary>An <c>extend</c> definition of a named type.</summary>
public abstract class TypeExtensionNode(Location location) : TypeSystemDefinitionNode(location)
{
    /// <summary>The name of the extended type.</summary>
    public abstract NameNode Name { get; }

    /// <summary>Directives added by the extension.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
