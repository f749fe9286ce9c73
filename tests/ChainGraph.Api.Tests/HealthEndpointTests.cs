using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests;

/// <summary>Runs the real host (Kestrel on a loopback port) against a store in a temporary folder.</summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-api-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var store = Path.Combine(_folder, "store.db");
        using (var graphStore = SqliteGraphStore.Open(store))
            Importer.Import(graphStore, ImportSource.FromDirectory(RepositoryPaths.Of("import", "templates")));
        _app = ChainGraphApp.Build(["--urls", "http://127.0.0.1:0", "--ChainGraph:Store:Path", store]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Health_StoreOpens_OkWithCounts()
    {
        var response = await _client!.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be("ok");
        body.GetProperty("version").GetInt64().Should().Be(1);
        body.GetProperty("counts").GetProperty("enterprises").GetInt64().Should().Be(3);
    }

    [Fact]
    public async Task UnknownPath_NotFound()
    {
        var response = await _client!.GetAsync("/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
