namespace ChainGraph.GraphQL.Execution;

/// <summary>Returns the name of the object type a runtime value of an interface or union has, or null to fall back to the defaults.</summary>
public delegate string? TypeResolver(object value, ResolveContext context);
