using ChainGraph.GraphQL.DataLoader;

namespace ChainGraph.GraphQL.Tests.DataLoader;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { enterprises: [Enterprise!]! }
        type Enterprise { id: ID! owner: Person suppliers: [Enterprise!]! }
        type Person { name: String! employer: Enterprise }
        """;

    private sealed record Enterprise(int Id);

    private sealed record Person(string Name, int EmployerId);

    private static (ChainGraph.GraphQL.Types.GraphQLSchema Schema, List<IReadOnlyList<int>> PersonBatches, List<IReadOnlyList<int>> SupplierBatches) Create(bool asyncFetch)
    {
        var personBatches = new List<IReadOnlyList<int>>();
        var supplierBatches = new List<IReadOnlyList<int>>();
        var schema = TestSchema.Build(Sdl, b => b
            .Resolve("Query", "enterprises", _ => Enumerable.Range(1, 10).Select(i => new Enterprise(i)).ToArray())
            .Resolve("Enterprise", "owner", async ctx =>
            {
                var loader = ctx.Loader<int, Person>("owners", async (keys, _) =>
                {
                    lock (personBatches)
                    {
                        personBatches.Add(keys);
                    }

                    if (asyncFetch)
                    {
                        await Task.Delay(10);
                    }

                    return keys.ToDictionary(k => k, k => new Person("p" + k, k % 3 + 1));
                });
                return await loader.LoadAsync(((Enterprise)ctx.Parent!).Id);
            })
            .Resolve("Enterprise", "suppliers", async ctx =>
            {
                var loader = ctx.GroupLoader<int, Enterprise>("suppliers", (keys, _) =>
                {
                    lock (supplierBatches)
                    {
                        supplierBatches.Add(keys);
                    }

                    return ValueTask.FromResult(keys.SelectMany(k => new[] { (k, new Enterprise(k * 10)), (k, new Enterprise(k * 10 + 1)) }).ToLookup(p => p.k, p => p.Item2));
                });
                return await loader.LoadAsync(((Enterprise)ctx.Parent!).Id);
            })
            .Resolve("Person", "employer", ctx => new Enterprise(((Person)ctx.Parent!).EmployerId)));
        return (schema, personBatches, supplierBatches);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ExecuteAsync_SiblingObjects_LoadInOneBatch(bool asyncFetch)
    {
        var (schema, personBatches, _) = Create(asyncFetch);
        var result = await TestSchema.RunAsync(schema, "{ enterprises { id owner { name } } }");
        result.Errors.Should().BeNull();
        personBatches.Should().ContainSingle().Which.Should().Equal(Enumerable.Range(1, 10));
        result.ToJson().Should().Contain("{\"id\":\"10\",\"owner\":{\"name\":\"p10\"}}");
    }

    [Fact]
    public async Task ExecuteAsync_NestedLevels_BatchPerLevelAndCacheRepeatedKeys()
    {
        var (schema, personBatches, _) = Create(asyncFetch: true);
        var result = await TestSchema.RunAsync(schema, "{ enterprises { owner { employer { owner { name } } } } }");
        result.Errors.Should().BeNull();
        personBatches.Should().HaveCount(1, "employers 1..3 were already loaded in the first batch and are served from the per-request cache");
    }

    [Fact]
    public async Task ExecuteAsync_GroupLoader_ReturnsArraysPerKeyInOneBatch()
    {
        var (schema, _, supplierBatches) = Create(asyncFetch: false);
        var result = await TestSchema.RunAsync(schema, "{ enterprises { suppliers { id } } }");
        supplierBatches.Should().ContainSingle();
        result.ToJson().Should().Contain("{\"suppliers\":[{\"id\":\"10\"},{\"id\":\"11\"}]}");
    }

    [Fact]
    public async Task ExecuteAsync_SeparateRequests_DoNotShareCache()
    {
        var (schema, personBatches, _) = Create(asyncFetch: false);
        var executor = new GraphQLExecutor(schema);
        await executor.ExecuteAsync(new GraphQLRequest("{ enterprises { owner { name } } }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ enterprises { owner { name } } }"));
        personBatches.Should().HaveCount(2);
    }

    [Fact]
    public async Task ExecuteAsync_FailingBatch_FailsEveryWaitingField()
    {
        var schema = TestSchema.Build(Sdl, b => b
            .Resolve("Query", "enterprises", _ => new[] { new Enterprise(1), new Enterprise(2) })
            .Resolve("Enterprise", "owner", async ctx =>
                await ctx.Loader<int, Person>("owners", (_, _) => throw new GraphQLException("store down", "UNAVAILABLE")).LoadAsync(((Enterprise)ctx.Parent!).Id)));
        var result = await TestSchema.RunAsync(schema, "{ enterprises { owner { name } } }");
        result.Errors.Should().HaveCount(2).And.OnlyContain(e => e.Code == "UNAVAILABLE");
    }

    [Fact]
    public async Task LoadAsync_SameKeyTwice_ReturnsCachedTask()
    {
        var calls = 0;
        var loader = new BatchDataLoader<string, int>((keys, _) =>
        {
            calls++;
            return ValueTask.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length));
        });
        var first = loader.LoadAsync("abc");
        var second = loader.LoadAsync("abc");
        var many = loader.LoadAsync(["abc", "de"]);
        loader.HasPendingKeys.Should().BeTrue();
        await loader.DispatchAsync(CancellationToken.None);
        (await first).Should().Be(3);
        (await second).Should().Be(3);
        (await many).Should().Equal(3, 2);
        calls.Should().Be(1);
        loader.BatchCount.Should().Be(1);
    }

    [Fact]
    public async Task LoadAsync_MissingKey_ResolvesToDefault()
    {
        var loader = new BatchDataLoader<int, string>((_, _) => ValueTask.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>()));
        var task = loader.LoadAsync(5);
        await loader.DispatchAsync(CancellationToken.None);
        (await task).Should().BeNull();
    }
}
