using System.Collections.Concurrent;
using ChainGraph.Storage.Neo4j;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) that records every request and answers with what the
/// test's responder returns: Neo4j's documented payloads, errors, dropped connections. It checks our side of the
/// wire; it is not Neo4j.
/// </summary>
public sealed class FakeNeo4jServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeRequest> _requests = new();

    private FakeNeo4jServer(Func<FakeRequest, FakeReply> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(context => Answer(context, respond));
    }

    public Uri Uri { get; private set; } = null!;

    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    /// <summary>Requests other than discovery.</summary>
    public IReadOnlyList<FakeRequest> Statements => [.. _requests.Where(r => r.Path != "/")];

    public static async Task<FakeNeo4jServer> StartAsync(Func<FakeRequest, FakeReply> respond)
    {
        var server = new FakeNeo4jServer(respond);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Uri = new Uri(address);
        return server;
    }

    /// <summary>Client options for this server: user neo4j, password "secret", fast retries, short timeout.</summary>
    public Neo4jOptions Options(string database = "neo4j") => new()
    {
        Uri = Uri,
        User = "neo4j",
        Password = "secret",
        Database = database,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 3,
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Answer(HttpContext context, Func<FakeRequest, FakeReply> respond)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new FakeRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body);
        _requests.Enqueue(request);
        var reply = respond(request);
        if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, context.RequestAborted).ContinueWith(_ => { });
        if (reply.Abort || context.RequestAborted.IsCancellationRequested)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (reply.Body is null) return;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body);
    }
}
