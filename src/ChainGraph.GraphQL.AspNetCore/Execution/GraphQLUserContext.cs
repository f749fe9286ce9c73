using System.Collections.Concurrent;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphQL.NET's user context for one request: the value the transport's <see cref="IGraphQLRequestContext"/> made
/// (e.g. the caller), plus per-request state that resolvers share (e.g. the data snapshot every field reads).
/// Thread-safe: query fields resolve concurrently.
/// </summary>
public sealed class GraphQLUserContext(object? value) : ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
{
    /// <summary>The transport's user value, or null.</summary>
    public object? Value { get; } = value;

    /// <summary>The state stored under <paramref name="key"/>, created once per request by <paramref name="create"/>.</summary>
    public T State<T>(string key, Func<T> create) => (T)GetOrAdd(key, _ => create())!;
}
