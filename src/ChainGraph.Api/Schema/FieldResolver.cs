namespace ChainGraph.Api.Schema;

/// <summary>Resolves one field of the API's schema.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext ctx);
