using ChainGraph.GraphQL.AspNetCore;
using ChainGraph.Api.Schema;
using ChainGraph.Api.Security;
using ChainGraph.Storage.Service;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api;

/// <summary>
/// Composes the security layer: API-key authentication (the caller of every request), a default-deny authorization
/// policy, per-key rate limits, the request body limit, error responses without internals, and the audit log.
/// </summary>
public static class SecurityExtensions
{
    /// <summary>
    /// Registers <see cref="ServiceStore"/>, <see cref="AuditLog"/> (also as <see cref="IAuditLog"/>),
    /// <see cref="AnonymousAccess"/>, the <see cref="ApiKeyAuthentication"/> scheme, authorization whose fallback policy
    /// requires an authenticated caller (endpoints that must stay open opt out with <c>AllowAnonymous()</c>), the rate
    /// limiter, Kestrel's body limit (the GraphQL endpoint's <see cref="GraphQLHttpOptions.MaxRequestBodySize"/>) and
    /// <see cref="CallerRequestContext"/> as the GraphQL endpoint's <see cref="IGraphQLRequestContext"/>.
    /// </summary>
    public static WebApplicationBuilder AddChainGraphSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .Validate(a => a.LoopbackRole is Role.Viewer
                or Role.Analyst, $"{AuthOptions.Section}:LoopbackRole must be viewer or analyst: changes always need a key")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AnonymousAccess>();
        services.AddSingleton(sp => ServiceStore.Open(
            sp.GetRequiredService<IOptions<AuthOptions>>().Value.ServiceDb is { Length: > 0 } path ? path : null,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<IGraphQLRequestContext, CallerRequestContext>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, configureOptions: null);
        // The policy names no scheme: it reads the User that UseAuthentication set (the default scheme) instead of
        // authenticating again, and challenges through the default scheme.
        services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((options, limits) => CallerRateLimiting.Configure(options, limits.Value));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<GraphQLHttpOptions>>((kestrel, http) =>
            kestrel.Limits.MaxRequestBodySize = http.Value.MaxRequestBodySize);
        return builder;
    }

    /// <summary>
    /// Adds, in this order: the exception handler (GraphQL-shaped errors, no internals), authentication, the rate
    /// limiter (after authentication, so it can partition by key) and authorization. Call before mapping endpoints.
    /// </summary>
    public static WebApplication UseChainGraphSecurity(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ExceptionResponses.WriteAsync });
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Lifetime.ApplicationStarted.Register(() => LogAnonymousAccess(app.Services));
        return app;
    }

    private static void LogAnonymousAccess(IServiceProvider services)
    {
        var auth = services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var loopbackOnly = services.GetRequiredService<AnonymousAccess>().ListensOnLoopbackOnly();
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var state = auth.AnonymousViewerOnLoopback && loopbackOnly
            ? $"on as {auth.LoopbackRole.ToString().ToLowerInvariant()} (loopback clients naming a loopback host only)"
            : "off: every request needs an API key";
        SecurityLog.For(services).AnonymousAccessDecided(state, auth.AnonymousViewerOnLoopback, string.Join(", ", addresses));
    }
}
