using ChainGraph.GraphQL.AspNetCore;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Runs a query inside the service the way the endpoint does, through parsing, validation, execution and the response's
/// JSON, to compile that path before clients need it (the warm-ups). The executor is resolved on the call, never
/// injected: injected, the schema was built while the hosted services were made, which delayed listening.
/// </summary>
internal static class InProcessQuery
{
    /// <exception cref="InvalidOperationException">The query answered with errors (named by <paramref name="requestId"/>).</exception>
    public static async Task RunAsync(IServiceProvider services, string query, string requestId, CancellationToken cancellationToken)
    {
        var executor = services.GetRequiredService<GraphQLRequestExecutor>();
        var response = await executor.ExecuteAsync(new GraphQLRequest(query),
            new GraphQLExecutionContext { Services = services, CancellationToken = cancellationToken, RequestId = requestId });
        var json = executor.ToJson(response);
        if (response.Result.Errors is { Count: > 0 }) throw new InvalidOperationException($"the {requestId} query failed: {json}");
    }
}
