namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Optional hook (resolved per request from DI) that turns an HTTP request into the GraphQL user context, e.g. by
/// authenticating an API key. It rejects a request by throwing <see cref="GraphQLHttpException"/>, which becomes a
/// GraphQL-shaped error response with that exception's status and code; any other exception is a 500.
/// </summary>
public interface IGraphQLRequestContext
{
    /// <summary>The value resolvers see as <c>UserContext</c>; null for none.</summary>
    ValueTask<object?> CreateUserContextAsync(HttpContext httpContext);
}
