namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// Produces a field's value. Return a completed <see cref="ValueTask{TResult}"/> for synchronous values (no allocation);
/// await freely otherwise. Resolvers may run concurrently with their siblings in queries, so they must be thread-safe
/// with respect to shared state. Throw <see cref="GraphQLException"/> for client-visible errors.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
