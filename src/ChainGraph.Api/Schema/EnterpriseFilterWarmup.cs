using ChainGraph.GraphQL.AspNetCore;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Runs one <c>enterprises(where: …)</c> query in process after each snapshot load, so that a fresh service's first
/// filter does not compile the GraphQL path, the filter's pass and the page (about 45 ms of a first answer at a million
/// firms, 7–10 ms after). Its filter (a chain, a location, no output at or below -1) matches no firm: what it leaves in
/// the snapshot's filter cache answers no real question. Warms the code only: what requests answer is unchanged.
/// </summary>
internal sealed class EnterpriseFilterWarmup(GraphQLRequestExecutor executor, IServiceProvider services) : ISnapshotWarmup
{
    private const string Query = "query Warmup($chain: ID!) { enterprises(where: { chainId: $chain, location: LOCAL, maxOutput: -1 }, "
        + "first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id name annualOutput } } }";

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The query failed: the schema and this warm-up disagree.</exception>
    public async Task WarmAsync(AnalysisSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.Dataset.Chains is not [var chain, ..]) return;
        var request = new GraphQLRequest(Query, Variables: new Dictionary<string, object?> { ["chain"] = chain.Id });
        var response = await executor.ExecuteAsync(request, new GraphQLExecutionContext
        {
            Services = services,
            CancellationToken = cancellationToken,
            RequestId = "warm-up",
        });
        var json = executor.ToJson(response);
        if (response.Result.Errors is { Count: > 0 }) throw new InvalidOperationException("the filter warm-up query failed: " + json);
    }
}
