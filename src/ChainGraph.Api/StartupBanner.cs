using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChainGraph.Api;

/// <summary>Prints where the service answers once it listens, so a newcomer knows what to open.</summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                Console.WriteLine($"ChainGraph is running: GraphiQL and the GraphQL API at {address.TrimEnd('/')}/graphql, health at {address.TrimEnd('/')}/health");
        });
}
