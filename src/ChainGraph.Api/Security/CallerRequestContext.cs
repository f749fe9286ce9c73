using Microsoft.AspNetCore.Authentication;
using ChainGraph.GraphQL.AspNetCore;

namespace ChainGraph.Api.Security;

/// <summary>
/// The GraphQL endpoint's user context: the <see cref="Caller"/> that authentication established. A request that
/// reaches the endpoint unauthenticated (only possible when the endpoint allows anonymous requests, e.g. to serve
/// GraphiQL's page) is refused here with 401 <c>UNAUTHENTICATED</c>, so no operation ever runs without a caller.
/// </summary>
public sealed class CallerRequestContext : IGraphQLRequestContext
{
    public async ValueTask<object?> CreateUserContextAsync(HttpContext httpContext)
    {
        if (httpContext.GetCaller() is { } caller) return caller;
        var result = await httpContext.AuthenticateAsync(ApiKeyAuthentication.SchemeName);
        throw new GraphQLHttpException(StatusCodes.Status401Unauthorized,
            result.Failure?.Message ?? ApiKeyAuthentication.NoKeyMessage, SecurityErrorCodes.Unauthenticated)
        {
            Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = result.Failure is null
                ? "Bearer"
                : "Bearer error=\"invalid_token\"" },
        };
    }
}
