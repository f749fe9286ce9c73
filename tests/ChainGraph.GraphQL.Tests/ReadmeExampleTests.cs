using System.Text;
using System.Text.Json;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Tests;

/// <summary>Keeps the usage example of src/ChainGraph.GraphQL/README.md compiling and correct.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task ReadmeExample_RunsAndWritesJson()
    {
        var schema = SchemaBuilder.FromSdl("""
                type Query {
                  chain(id: ID!): Chain
                  chains(first: Int = 10): [Chain!]!
                }
                type Chain { id: ID! name: String! owner: Enterprise }
                type Enterprise { id: ID! name: String! }
                """)
            .Resolve("Query", "chain", ctx => Store.FindChain(ctx.Argument<string>("id")!))
            .Resolve("Query", "chains", ctx => Store.Chains.Take(ctx.Argument<int>("first")))
            .Resolve("Chain", "owner", async ctx =>
            {
                var loader = ctx.Loader<string, Enterprise>("enterprises", Store.LoadEnterprisesAsync);
                return await loader.LoadAsync(((Chain)ctx.Parent!).OwnerId);
            })
            .Build();

        var executor = new GraphQLExecutor(schema, new ExecutionOptions { Timeout = TimeSpan.FromSeconds(10) });
        var result = await executor.ExecuteAsync(
            new GraphQLRequest("query($id: ID!) { chain(id: $id) { name owner { name } } }", variables: new Dictionary<string, object?> { ["id"] = "ic" }),
            new ExecutionContextOptions { UserContext = "user", CancellationToken = CancellationToken.None });

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            result.WriteTo(writer);
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("""{"data":{"chain":{"name":"Integrated circuits","owner":{"name":"Enterprise e1"}}}}""");
    }

    private static class Store
    {
        public static Chain[] Chains { get; } = [new("ic", "Integrated circuits", "e1")];

        public static Chain? FindChain(string id) => Chains.FirstOrDefault(c => c.Id == id);

        public static ValueTask<IReadOnlyDictionary<string, Enterprise>> LoadEnterprisesAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
            ValueTask.FromResult<IReadOnlyDictionary<string, Enterprise>>(ids.ToDictionary(id => id, id => new Enterprise(id, "Enterprise " + id)));
    }

    private sealed record Chain(string Id, string Name, string OwnerId);

    private sealed record Enterprise(string Id, string Name);
}
