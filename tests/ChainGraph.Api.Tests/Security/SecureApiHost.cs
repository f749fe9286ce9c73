using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChainGraph.Api.Security;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Service;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests.Security;

/// <summary>
/// The real host (Kestrel) over the import templates with its own service database, one active key per role and one
/// revoked key created up front, and three test-only endpoints: <c>/test/caller</c> (who the request is),
/// <c>POST /test/body</c> (reads the body) and <c>/test/throw</c>. <paramref name="settings"/> are extra configuration
/// arguments; <paramref name="url"/> is where it listens (the client always connects over loopback).
/// </summary>
public abstract class SecureApiHost(string url, params string[] settings) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-api-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<Role, string> _keys = [];

    public WebApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public string ServiceDb => Path.Combine(_folder, "service.db");
    public string StorePath => Path.Combine(_folder, "store.db");
    public string RevokedKey { get; private set; } = null!;

    /// <summary>The plaintext of the active key created for <paramref name="role"/> (named after the role).</summary>
    public string Key(Role role) => _keys[role];

    public async Task InitializeAsync()
    {
        var storePath = StorePath;
        using (var graphStore = SqliteGraphStore.Open(storePath))
            await Importer.ImportAsync(graphStore, ImportSource.FromDirectory(RepositoryPaths.Of("import", "templates")));
        CreateKeys();
        App = ChainGraphApp.Build(["--urls", url, "--ChainGraph:Store:Path", storePath, "--ChainGraph:Auth:ServiceDb", ServiceDb, .. settings]);
        MapTestEndpoints(App);
        await App.StartAsync();
        var port = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(); // waits for the hosted services still writing beside the store (the targets models)
        await App.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Another handle on the service database, as the CLI would open it.</summary>
    public ServiceStore OpenServiceStore() => ServiceStore.Open(ServiceDb);

    public static HttpRequestMessage Get(string path, string? bearer = null, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (apiKey is not null) request.Headers.Add(PresentedKey.HeaderName, apiKey);
        return request;
    }

    public static HttpRequestMessage PostGraphQL(string query, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }

    private void CreateKeys()
    {
        using var store = OpenServiceStore();
        foreach (var role in Enum.GetValues<Role>()) _keys[role] = store.CreateKey(role.ToString().ToLowerInvariant(), role.ToString()).Plaintext;
        RevokedKey = store.CreateKey("revoked", KeyRoles.Admin).Plaintext;
        store.RevokeKey("revoked");
    }

    private static void MapTestEndpoints(WebApplication app)
    {
        app.MapGet("/test/caller", (HttpContext http) => http.GetCaller() is { } c
            ? Results.Json(new { c.KeyId, c.Name, Role = c.Role.ToString(), c.IsAnonymous })
            : Results.Problem("no caller"));
        app.MapPost("/test/body", async (HttpContext http) => Results.Ok(new { length = (await new StreamReader(http.Request.Body).ReadToEndAsync()).Length }));
        app.MapGet("/test/throw", IResult () => throw new InvalidOperationException("secret detail: /srv/chaingraph/service.db"));
    }
}

/// <summary>Defaults, on 127.0.0.1, in the Development environment (where ASP.NET Core would show exception pages).</summary>
public sealed class LoopbackHost() : SecureApiHost("http://127.0.0.1:0", "--environment", "Development");

/// <summary>Anonymous viewer switched off by configuration, on 127.0.0.1.</summary>
public sealed class AnonymousOffHost() : SecureApiHost("http://127.0.0.1:0", "--ChainGraph:Auth:AnonymousViewerOnLoopback", "false");

/// <summary>Defaults, but listening on every interface (0.0.0.0).</summary>
public sealed class AnyAddressHost() : SecureApiHost("http://0.0.0.0:0");

/// <summary>Two requests per second per key, burst two.</summary>
public sealed class RateLimitedHost() : SecureApiHost("http://127.0.0.1:0", "--ChainGraph:RateLimit:PermitsPerSecond", "2", "--ChainGraph:RateLimit:Burst", "2");
