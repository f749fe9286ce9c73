namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Settings of the GraphQL-over-HTTP endpoint, bound from <c>ChainGraph:GraphQL:Http</c>. Read once when the endpoint is
/// mapped; immutable afterwards.
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "ChainGraph:GraphQL:Http";

    /// <summary>Largest accepted POST body in bytes; larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Time limit for one request from its first byte to its response; exceeding it gives 504. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Status for request errors (parse, validation, operation selection, variable coercion, limits) when the client
    /// accepts <c>application/graphql-response+json</c>. Default 400, which the graphql-http audit expects; the latest
    /// GraphQL-over-HTTP draft recommends 422 for all but parse errors.
    /// </summary>
    public int RequestErrorStatusCode { get; set; } = StatusCodes.Status400BadRequest;

    /// <summary>Serves GraphiQL on <c>GET</c> from browsers (<c>Accept: text/html</c>). Default true.</summary>
    public bool EnableGraphiQL { get; set; } = true;
}
