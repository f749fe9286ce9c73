using System.Text.Json;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Runs one query in process after each snapshot load, written as a client writes a filter (literal values), so that a
/// fresh service's first <c>enterprises(where: …)</c> does not compile the GraphQL path, the filter's pass, the page and
/// its JSON (about 45 ms of a first answer at a million firms, where later ones take 5–10 ms). Its filter (a chain, a
/// location, no output at or below -1) matches no firm, so what it leaves in the snapshot's filter cache answers no real
/// question; an enterprise lookup beside it compiles the fields of a page's nodes. Warms code only: answers are unchanged.
/// The executor is resolved when it runs (<see cref="InProcessQuery"/>): injected, the schema was built while the hosted
/// services were made, and the service listened (and began its load) 0.45 -> 0.65 s after start.
/// </summary>
internal sealed class EnterpriseFilterWarmup(IServiceProvider services) : ISnapshotWarmup
{
    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The query failed: the schema and this warm-up disagree.</exception>
    public async Task WarmAsync(AnalysisSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.Dataset.Chains is not [var chain, ..] || snapshot.Dataset.Enterprises.Count == 0) return;
        var query = $"{{ enterprises(where: {{ chainId: {Literal(chain.Id)}, location: LOCAL, maxOutput: -1 }}, first: 20) "
            + "{ totalCount pageInfo { hasNextPage endCursor } nodes { id name annualOutput } } "
            + $"enterprise(id: {Literal(snapshot.Dataset.Enterprises.Id(0))}) {{ id name annualOutput }} }}";
        await InProcessQuery.RunAsync(services, query, "warm-up", cancellationToken);
    }

    // A JSON string is a GraphQL string: the same escapes.
    private static string Literal(string text) => JsonSerializer.Serialize(text);
}
