namespace ChainGraph.GraphQL.Language;

/// <summary>An input value literal or a variable reference.</summary>
public abstract class ValueNode(Location location) : SyntaxNode(location);
