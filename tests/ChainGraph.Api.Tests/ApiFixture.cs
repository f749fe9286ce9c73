using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests;

/// <summary>
/// The real host (Kestrel on a loopback port) over a store in a temporary folder holding <paramref name="dataset"/>
/// (the import templates by default, or the bundled sample).
/// </summary>
public abstract class ApiHost(string dataset) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-api-tests", Guid.NewGuid().ToString("N"));

    public WebApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public string StorePath => Path.Combine(_folder, "store.db");

    /// <summary>The folder <c>importFiles</c> may read from (created by the service at start).</summary>
    public string ImportRoot => Path.Combine(_folder, "imports");

    public async Task InitializeAsync()
    {
        using (var graphStore = SqliteGraphStore.Open(StorePath))
            await Importer.ImportAsync(graphStore, ImportSource.FromDirectory(dataset));
        App = ChainGraphApp.Build(["--urls", "http://127.0.0.1:0", "--ChainGraph:Store:Path", StorePath, "--ChainGraph:Import:Root", ImportRoot]);
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        // Stopping waits for the hosted services (a snapshot load, the targets models) to finish writing beside the store.
        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The host over the import templates (three enterprises).</summary>
public sealed class ApiFixture() : ApiHost(RepositoryPaths.Of("import", "templates"));

/// <summary>The host over the bundled Shenzhen sample.</summary>
public sealed class SampleApiFixture() : ApiHost(RepositoryPaths.Of("import", "samples", "shenzhen"));
