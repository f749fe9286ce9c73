namespace ChainGraph.GraphQL.Tests.Limits;

public sealed class OperationLimitsTests
{
    private const string Sdl = """
        type Query {
          chains(first: Int, last: Int): [Chain!]!
          chain(id: ID!): Chain
          expensive: Int @cost(weight: 400)
          sized: [Chain!]! @listSize(assumedSize: 5)
          paged(take: Int): [Chain!]! @listSize(slicingArguments: ["take"])
        }
        type Chain { id: ID! name: String segments: [Segment!]! parent: Chain }
        type Segment { id: ID! enterprises: [Enterprise!]! }
        type Enterprise { id: ID! name: String }
        """;

    private static readonly ChainGraph.GraphQL.Types.GraphQLSchema Schema = TestSchema.Build(Sdl);

    private static Task<ExecutionResult> RunAsync(string query, ExecutionOptions? options = null, IReadOnlyDictionary<string, object?>? variables = null) =>
        TestSchema.RunAsync(Schema, query, variables, options ?? new ExecutionOptions());

    [Fact]
    public async Task Depth_WithinLimit_Executes()
    {
        var result = await RunAsync("{ chain(id: 1) { parent { parent { name } } } }", new ExecutionOptions { MaxDepth = 4 });
        result.IsRequestError.Should().BeFalse();
    }

    [Fact]
    public async Task Depth_Exceeded_IsRequestErrorWithCodeAndFigures()
    {
        var result = await RunAsync("{ chain(id: 1) { parent { parent { parent { name } } } } }", new ExecutionOptions { MaxDepth = 4 });
        result.RequestErrorKind.Should().Be(RequestErrorKind.Limit);
        var error = result.Errors!.Single();
        error.Message.Should().Be("The operation has a depth of 5, which exceeds the maximum allowed depth of 4.");
        error.Code.Should().Be("DEPTH_LIMIT");
        error.Extensions!["depth"].Should().Be(5);
        result.ToJson().Should().NotContain("\"data\"");
    }

    [Fact]
    public async Task Depth_DefaultLimit_Is15()
    {
        var nested = string.Concat(Enumerable.Repeat("parent { ", 15)) + "id" + new string('}', 15);
        var result = await RunAsync("{ chain(id: 1) { " + nested + " } }");
        result.Errors!.Single().Message.Should().Contain("depth of 17").And.Contain("maximum allowed depth of 15");
    }

    [Fact]
    public async Task Depth_CountsThroughFragments()
    {
        var result = await RunAsync("{ chain(id: 1) { ...A } } fragment A on Chain { parent { ...B } } fragment B on Chain { parent { name } }", new ExecutionOptions { MaxDepth = 3 });
        result.Errors!.Single().Message.Should().Contain("depth of 4");
    }

    [Fact]
    public async Task Cost_ListsMultiplyByFirstArgument()
    {
        var ok = await RunAsync("{ chains(first: 10) { segments { enterprises { name } } } }", new ExecutionOptions { MaxFieldCost = 1000 });
        ok.IsRequestError.Should().BeFalse("1 + 10 × (1 + 50 × 1) = 511");
        var tooMuch = await RunAsync("{ chains(first: 20) { segments { enterprises { name } } } }", new ExecutionOptions { MaxFieldCost = 1000 });
        var error = tooMuch.Errors!.Single();
        error.Message.Should().Be("The operation has an estimated field cost of 1021, which exceeds the maximum allowed cost of 1000.");
        error.Code.Should().Be("COST_LIMIT");
    }

    [Fact]
    public async Task Cost_UnboundedListAssumes50()
    {
        var result = await RunAsync("{ chains { segments { enterprises { name } } } }");
        result.Errors!.Single().Message.Should().Contain("estimated field cost of 2551");
    }

    [Fact]
    public async Task Cost_VariableSlicingArgument_IsUsed()
    {
        var result = await RunAsync("query($n: Int) { chains(last: $n) { segments { id } } }", new ExecutionOptions { MaxFieldCost = 20 }, new Dictionary<string, object?> { ["n"] = 3 });
        result.IsRequestError.Should().BeFalse("1 + 3 × 1 = 4");
    }

    [Fact]
    public async Task Cost_DirectivesOverrideDefaults()
    {
        (await RunAsync("{ expensive }", new ExecutionOptions { MaxFieldCost = 399 })).Errors!.Single().Message.Should().Contain("cost of 400");
        (await RunAsync("{ sized { segments { id } } }", new ExecutionOptions { MaxFieldCost = 5 })).Errors!.Single().Message.Should().Contain("cost of 6");
        (await RunAsync("{ paged(take: 2) { segments { id } } }", new ExecutionOptions { MaxFieldCost = 2 })).Errors!.Single().Message.Should().Contain("cost of 3");
    }

    [Fact]
    public async Task Cost_FragmentDiamond_IsComputedQuicklyAndRejected()
    {
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Chain {{ a: parent {{ ...F{i + 1} }} b: parent {{ ...F{i + 1} }} }} "));
        var query = "{ chain(id: 1) { ...F0 } } " + fragments + "fragment F40 on Chain { id }";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await RunAsync(query, new ExecutionOptions { MaxDepth = 0 });
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        result.RequestErrorKind.Should().Be(RequestErrorKind.Limit);
        result.Errors!.Single().Code.Should().Be("COST_LIMIT");
    }

    [Fact]
    public async Task Limits_Zero_DisablesChecks()
    {
        var result = await RunAsync("{ chains { segments { enterprises { name } } } }", new ExecutionOptions { MaxFieldCost = 0, MaxDepth = 0 });
        result.IsRequestError.Should().BeFalse();
    }

    [Fact]
    public async Task Cost_EngineDirectives_AreDeclaredOnlyWhenUsed()
    {
        Schema.GetDirective("cost").Should().NotBeNull();
        Schema.GetDirective("listSize").Should().NotBeNull();
        TestSchema.Build("type Query { a: Int }").GetDirective("cost").Should().BeNull();
        await Task.CompletedTask;
    }
}
