namespace ChainGraph.GraphQL.Language;

/// <summary>A schema, type, directive definition or extension.</summary>
public abstract class TypeSystemDefinitionNode(Location location) : DefinitionNode(location);
