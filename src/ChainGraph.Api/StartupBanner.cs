using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChainGraph.Api;

/// <summary>Once the service listens: prints where it answers (the first snapshot loads in <see cref="SnapshotRefresher"/>).</summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                Console.WriteLine($"ChainGraph is running: GraphiQL and the GraphQL API at {address.TrimEnd('/')}/graphql, chain maps at {address.TrimEnd('/')}/chains, health at {address.TrimEnd('/')}/health");
        });
}
