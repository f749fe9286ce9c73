using Microsoft.Extensions.Options;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Where GraphiQL's scripts, styles and workers are served (the page itself is served at the endpoint).</summary>
    public const string GraphiQLAssetsPath = "/graphiql";

    /// <summary>
    /// Serves the <see cref="GraphQLRequestExecutor"/> from DI at <paramref name="pattern"/>: POST and GET GraphQL requests,
    /// <c>GET ?sdl</c> for the schema, GraphiQL for browsers (its assets under <see cref="GraphiQLAssetsPath"/>).
    /// Options are the host's <see cref="IOptions{GraphQLHttpOptions}"/> (bound from <see cref="GraphQLHttpOptions.Section"/>
    /// and validated at start), then <paramref name="configure"/>. An
    /// <see cref="IGraphQLRequestContext"/> in DI, if any, supplies the user context of each request (and refuses it);
    /// the GraphiQL page is served before that hook runs, so it loads for anyone the endpoint's own policy admits.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql",
        Action<GraphQLHttpOptions>? configure = null)
    {
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        configure?.Invoke(options);
        var graphiql = EmbeddedFiles.Load(typeof(GraphQLHttpHandler).Assembly, "graphiql/");
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ChainGraph.Api.GraphQL");
        // Resolved on first use, like any singleton: mapping the endpoint does not build the schema.
        var executor = new Lazy<GraphQLRequestExecutor>(services.GetRequiredService<GraphQLRequestExecutor>);
        var handler = new GraphQLHttpHandler(executor, options, graphiql, logger);
        // Public static files with no data in them: a browser fetches them without credentials.
        endpoints.MapGet(GraphiQLAssetsPath + "/{file}", (HttpContext http, string file) => graphiql.SendAsync(http, file))
            .AllowAnonymous();
        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL");
    }
}
