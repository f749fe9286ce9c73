using ChainGraph.Api.Security;
using Microsoft.AspNetCore.Authentication;

// In the app's root namespace, like MapHealth, so composition (ChainGraphApp) calls it without a using.
namespace ChainGraph.Api;

/// <summary>
/// Challenges (401 <c>UNAUTHENTICATED</c>) every request without a caller to the given paths before their endpoint
/// runs. The GraphQL endpoint allows anonymous requests so that it can answer them in GraphQL's own media types, but its
/// GraphiQL page is served before that check; gating the path here keeps the page, like the API, for callers only (a
/// key, or the anonymous loopback caller). Its static assets live elsewhere and stay public.
/// </summary>
public static class CallerRequiredPaths
{
    public static IApplicationBuilder UseCallerRequired(this IApplicationBuilder app, params PathString[] paths) =>
        app.Use(async (context, next) =>
        {
            if (context.GetCaller() is null && paths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
            {
                await context.ChallengeAsync(ApiKeyAuthentication.SchemeName);
                return;
            }
            await next(context);
        });
}
