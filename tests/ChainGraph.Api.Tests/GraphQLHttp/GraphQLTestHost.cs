using ChainGraph.GraphQL.AspNetCore;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Api.Tests.GraphQLHttp;

/// <summary>
/// Kestrel on a loopback port serving <c>MapGraphQL</c> over a small schema made for the transport's cases: a mutation
/// (GET must refuse it), resolvers that fail, hang or answer in Chinese, nesting for the depth limit, and a request
/// context hook that refuses <c>X-Test-Key: deny</c>. Limits are small so the tests reach them cheaply.
/// </summary>
public sealed class GraphQLTestHost : IAsyncLifetime
{
    public const long MaxBodySize = 16 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(1000);

    private const string Sdl = """
        "A schema for transport tests."
        schema { query: Query mutation: Mutation }

        type Query {
          hello(name: String = "world"): String!
          chinese: String!
          whoami: String
          fail: String
          failNonNull: String!
          hang: String
          node: Node
        }

        type Node { name: String child: Node }

        type Mutation { bump: Int! }
        """;

    private int _bumps;

    public WebApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public Uri Endpoint => new(Client.BaseAddress!, "/graphql");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(services => new GraphQLRequestExecutor(
            BuildSchema(), new GraphQLExecutorOptions { Limits = new GraphQLLimits { MaxDepth = 3 } }, services.GetRequiredService<ILogger<GraphQLRequestExecutor>>()));
        builder.Services.AddSingleton<IGraphQLRequestContext, TestRequestContext>();
        App = builder.Build();
        App.MapGraphQL("/graphql", options =>
        {
            options.MaxRequestBodySize = MaxBodySize;
            options.RequestTimeout = Timeout;
        });
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        // Builds the schema and runs the executor once, so the first test's request does not pay for it within the
        // request limit.
        await App.Services.GetRequiredService<GraphQLRequestExecutor>().ExecuteAsync(new GraphQLRequest("{ hello }"), new GraphQLExecutionContext());
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    private ISchema BuildSchema()
    {
        var schema = global::GraphQL.Types.Schema.For(Sdl, builder =>
        {
            void Resolve(string type, string field, Func<global::GraphQL.IResolveFieldContext, ValueTask<object?>> resolve) =>
                builder.Types.For(type).FieldFor(field).Resolver = new FuncFieldResolver<object?>(resolve);
            Resolve("Query", "hello", ctx => ValueTask.FromResult<object?>($"hello {ctx.GetArgument<string>("name")}"));
            Resolve("Query", "chinese", _ => ValueTask.FromResult<object?>("新能源汽车"));
            Resolve("Query", "whoami", ctx => ValueTask.FromResult((ctx.UserContext as GraphQLUserContext)?.Value));
            Resolve("Query", "fail", _ => throw new InvalidOperationException("secret internal detail"));
            Resolve("Query", "failNonNull", _ => throw new InvalidOperationException("secret internal detail"));
            Resolve("Query", "hang", async ctx =>
            {
                await Task.Delay(System.Threading.Timeout.Infinite, ctx.CancellationToken);
                return null;
            });
            Resolve("Query", "node", _ => ValueTask.FromResult<object?>(new object()));
            Resolve("Node", "name", _ => ValueTask.FromResult<object?>("n"));
            Resolve("Node", "child", _ => ValueTask.FromResult<object?>(new object()));
            Resolve("Mutation", "bump", _ => ValueTask.FromResult<object?>(Interlocked.Increment(ref _bumps)));
        });
        schema.Initialize();
        return schema;
    }

    /// <summary>Refuses <c>X-Test-Key: deny</c> with 401, fails on <c>boom</c>, and otherwise names the key as the user.</summary>
    private sealed class TestRequestContext : IGraphQLRequestContext
    {
        public ValueTask<object?> CreateUserContextAsync(HttpContext httpContext) => httpContext.Request.Headers["X-Test-Key"].ToString() switch
        {
            "deny" => throw new GraphQLHttpException(StatusCodes.Status401Unauthorized, "A valid API key is required.", "UNAUTHENTICATED")
            {
                Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer" },
            },
            "boom" => throw new InvalidOperationException("secret hook detail"),
            var key => ValueTask.FromResult<object?>(key.Length == 0 ? null : key),
        };
    }
}
