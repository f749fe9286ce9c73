namespace ChainGraph.GraphQL.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ExecuteAsync_ManyParallelRequests_ShareExecutorSafely()
    {
        var batches = 0;
        var schema = TestSchema.Build("type Query { items(n: Int!): [Item!]! } type Item { id: Int! label: String! }", b => b
            .Resolve("Query", "items", ctx => Enumerable.Range(0, ctx.Argument<int>("n")).ToArray())
            .Resolve("Item", "id", ctx => (int)ctx.Parent!)
            .Resolve("Item", "label", async ctx =>
            {
                var loader = ctx.Loader<int, string>("labels", async (keys, _) =>
                {
                    Interlocked.Increment(ref batches);
                    await Task.Yield();
                    return keys.ToDictionary(k => k, k => "L" + k);
                });
                return await loader.LoadAsync((int)ctx.Parent!);
            }));
        var executor = new GraphQLExecutor(schema);
        var requests = Enumerable.Range(1, 200).Select(i => executor.ExecuteAsync(
            new GraphQLRequest("query($n: Int!, $flag: Boolean!) { items(n: $n) { id label @include(if: $flag) } }",
                variables: new Dictionary<string, object?> { ["n"] = i % 20 + 1, ["flag"] = i % 2 == 0 })));
        var results = await Task.WhenAll(requests);
        for (var i = 1; i <= 200; i++)
        {
            var result = results[i - 1];
            result.Errors.Should().BeNull();
            var items = (IReadOnlyList<object?>)result.Data!["items"]!;
            items.Should().HaveCount(i % 20 + 1);
            var last = (IReadOnlyDictionary<string, object?>)items[^1]!;
            last.ContainsKey("label").Should().Be(i % 2 == 0);
        }

        batches.Should().Be(100, "each request that selects labels loads them in exactly one batch");
    }
}
