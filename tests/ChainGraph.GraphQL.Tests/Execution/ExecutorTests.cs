using System.Text.Json;
using ChainGraph.GraphQL.Execution;

namespace ChainGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query {
          hello(name: String = "World"): String!
          items: [Item!]
          nullableItems: [Item]
          item(id: ID!): Item
          required: Item!
          boom: String
          coded: String
          numbers(values: [Int]): [Int]
          echo(value: String): String
          sum(a: Int!, b: Int = 10): Int
          slow(ms: Int!): String
        }
        type Item { id: ID! name: String! price: Float bad: String! optionalBad: String }
        type Mutation { increment(by: Int!): Int! }
        """;

    private static readonly object[] Items = [new Item("1", "one", 1.5), new Item("2", "two", null), new Item("3", "three", 3)];

    private static int _counter;

    private sealed record Item(string Id, string Name, double? Price);

    private static ChainGraph.GraphQL.Types.GraphQLSchema CreateSchema() => TestSchema.Build(Sdl, b => b
        .Resolve("Query", "hello", ctx => "Hello, " + ctx.Argument<string>("name"))
        .Resolve("Query", "items", _ => Items)
        .Resolve("Query", "nullableItems", _ => Items)
        .Resolve("Query", "item", ctx => Items.Cast<Item>().FirstOrDefault(i => i.Id == ctx.Argument<string>("id")))
        .Resolve("Query", "required", _ => null)
        .Resolve("Query", "boom", _ => throw new InvalidOperationException("secret detail"))
        .Resolve("Query", "coded", _ => throw new GraphQLException("Not allowed", "FORBIDDEN"))
        .Resolve("Query", "numbers", ctx => ctx.Argument<int?[]>("values"))
        .Resolve("Query", "echo", ctx => ctx.HasArgument("value") ? ctx.Arguments["value"] ?? "explicit null" : "absent")
        .Resolve("Query", "sum", ctx => ctx.Argument<int>("a") + ctx.Argument<int>("b"))
        .Resolve("Query", "slow", async ctx =>
        {
            await Task.Delay(ctx.Argument<int>("ms"), ctx.CancellationToken);
            return "done";
        })
        .Resolve("Item", "bad", ctx => ((Item)ctx.Parent!).Id == "2" ? throw new GraphQLException("bad item") : "fine")
        .Resolve("Item", "optionalBad", _ => throw new GraphQLException("optional failed"))
        .Resolve("Mutation", "increment", ctx => Interlocked.Add(ref _counter, ctx.Argument<int>("by"))));

    private static readonly ChainGraph.GraphQL.Types.GraphQLSchema Schema = CreateSchema();

    [Fact]
    public async Task ExecuteAsync_DefaultArgument_IsApplied()
    {
        (await TestSchema.JsonAsync(Schema, "{ hello }")).Should().Be("""{"data":{"hello":"Hello, World"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ResultKeys_FollowSelectionOrderWithAliases()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ b: hello(name: \"B\") a: hello(name: \"A\") __typename }");
        json.Should().Be("""{"data":{"b":"Hello, B","a":"Hello, A","__typename":"Query"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ErrorInNonNullListItem_NullsTheListAndReportsIndexPath()
    {
        var result = await TestSchema.RunAsync(Schema, "{ items { id bad } }");
        result.ToJson().Should().Be("""{"errors":[{"message":"bad item","locations":[{"line":1,"column":14}],"path":["items",1,"bad"]}],"data":{"items":null}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ErrorInNullableListItem_NullsOnlyThatItem()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ nullableItems { id bad } }");
        json.Should().Contain("\"data\":{\"nullableItems\":[{\"id\":\"1\",\"bad\":\"fine\"},null,{\"id\":\"3\",\"bad\":\"fine\"}]}");
        json.Should().Contain("\"path\":[\"nullableItems\",1,\"bad\"]");
    }

    [Fact]
    public async Task ExecuteAsync_NullableFieldError_KeepsSiblings()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ item(id: \"1\") { name optionalBad } hello }");
        json.Should().Be("""{"errors":[{"message":"optional failed","locations":[{"line":1,"column":24}],"path":["item","optionalBad"]}],"data":{"item":{"name":"one","optionalBad":null},"hello":"Hello, World"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_NonNullRootFieldNull_DataIsNull()
    {
        var result = await TestSchema.RunAsync(Schema, "{ hello required { id } }");
        result.Data.Should().BeNull();
        result.IsRequestError.Should().BeFalse();
        result.ToJson().Should().Be("""{"errors":[{"message":"Cannot return null for non-nullable field Query.required.","locations":[{"line":1,"column":9}],"path":["required"]}],"data":null}""");
    }

    [Fact]
    public async Task ExecuteAsync_UnexpectedException_IsMasked()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ boom }");
        json.Should().Be("""{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["boom"]}],"data":{"boom":null}}""");
    }

    [Fact]
    public async Task ExecuteAsync_IncludeExceptionDetails_ExposesMessage()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ boom }", options: new ExecutionOptions { IncludeExceptionDetails = true });
        json.Should().Contain("\"message\":\"secret detail\"").And.Contain("\"exception\":{");
    }

    [Fact]
    public async Task ExecuteAsync_GraphQLException_SetsExtensionsCode()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ coded }");
        json.Should().Contain("\"message\":\"Not allowed\"").And.Contain("\"extensions\":{\"code\":\"FORBIDDEN\"}");
    }

    [Fact]
    public async Task ExecuteAsync_FieldsSelectedTwice_AreMerged()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ item(id: \"1\") { id } ...F item(id: \"1\") { price } } fragment F on Query { item(id: \"1\") { name id } }");
        json.Should().Be("""{"data":{"item":{"id":"1","name":"one","price":1.5}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SkipAndInclude_WithVariables()
    {
        var vars = new Dictionary<string, object?> { ["yes"] = true, ["no"] = false };
        var json = await TestSchema.JsonAsync(Schema, "query($yes: Boolean!, $no: Boolean!) { a: hello @include(if: $yes) b: hello @include(if: $no) c: hello @skip(if: $yes) ... @skip(if: $no) { d: hello } }", vars);
        json.Should().Be("""{"data":{"a":"Hello, World","d":"Hello, World"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ListVariableGivenSingleValue_CoercesToList()
    {
        var json = await TestSchema.JsonAsync(Schema, "query($v: [Int]) { numbers(values: $v) }", new Dictionary<string, object?> { ["v"] = 7 });
        json.Should().Be("""{"data":{"numbers":[7]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ListLiteralGivenSingleValue_CoercesToList()
    {
        (await TestSchema.JsonAsync(Schema, "{ numbers(values: 3) }")).Should().Be("""{"data":{"numbers":[3]}}""");
    }

    [Theory]
    [InlineData("query($v: String) { echo(value: $v) }", null, "absent")]
    [InlineData("query($v: String) { echo(value: $v) }", "null", "explicit null")]
    [InlineData("query($v: String = \"dflt\") { echo(value: $v) }", null, "dflt")]
    [InlineData("{ echo(value: null) }", null, "explicit null")]
    [InlineData("{ echo }", null, "absent")]
    public async Task ExecuteAsync_NullVersusAbsent_AreDistinguished(string query, string? variableJson, string expected)
    {
        var vars = variableJson is null ? null : new Dictionary<string, object?> { ["v"] = JsonDocument.Parse(variableJson).RootElement };
        var result = await TestSchema.RunAsync(Schema, query, vars);
        result.Data!["echo"].Should().Be(expected);
    }

    [Fact]
    public async Task ExecuteAsync_IntVariableOverflow_IsRequestError()
    {
        var vars = new Dictionary<string, object?> { ["a"] = JsonDocument.Parse("2147483648").RootElement };
        var result = await TestSchema.RunAsync(Schema, "query($a: Int!) { sum(a: $a) }", vars);
        result.IsRequestError.Should().BeTrue();
        result.RequestErrorKind.Should().Be(RequestErrorKind.VariableCoercion);
        result.Errors![0].Message.Should().Be("Variable \"$a\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648");
        result.ToJson().Should().NotContain("\"data\"");
    }

    [Fact]
    public async Task ExecuteAsync_MissingRequiredVariable_IsRequestError()
    {
        var result = await TestSchema.RunAsync(Schema, "query($a: Int!) { sum(a: $a) }");
        result.Errors![0].Message.Should().Be("Variable \"$a\" of required type \"Int!\" was not provided.");
        result.Errors[0].Locations.Should().Equal(new ChainGraph.GraphQL.Language.SourceLocation(1, 7));
    }

    [Fact]
    public async Task ExecuteAsync_NullForNonNullVariable_IsRequestError()
    {
        var result = await TestSchema.RunAsync(Schema, "query($a: Int!) { sum(a: $a) }", new Dictionary<string, object?> { ["a"] = null });
        result.Errors![0].Message.Should().Be("Variable \"$a\" of non-null type \"Int!\" must not be null.");
    }

    [Fact]
    public async Task ExecuteAsync_VariableDefaultAndArgumentDefault_Apply()
    {
        (await TestSchema.JsonAsync(Schema, "query($a: Int! = 5) { sum(a: $a) }")).Should().Be("""{"data":{"sum":15}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxError_IsRequestErrorWithLocation()
    {
        var result = await TestSchema.RunAsync(Schema, "{ hello");
        result.RequestErrorKind.Should().Be(RequestErrorKind.Syntax);
        result.ToJson().Should().Be("""{"errors":[{"message":"Syntax Error: Expected Name, found \u003CEOF\u003E.","locations":[{"line":1,"column":8}]}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_ValidationError_IsRequestError()
    {
        var result = await TestSchema.RunAsync(Schema, "{ nope }");
        result.RequestErrorKind.Should().Be(RequestErrorKind.Validation);
        result.Errors![0].Message.Should().Be("Cannot query field \"nope\" on type \"Query\".");
    }

    [Theory]
    [InlineData("query A { hello } query B { hello }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { hello }", "C", "Unknown operation named \"C\".")]
    public async Task ExecuteAsync_OperationSelectionFailures_AreRequestErrors(string query, string? name, string message)
    {
        var executor = new GraphQLExecutor(Schema, new ExecutionOptions());
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, name));
        result.IsRequestError.Should().BeTrue();
        result.Errors!.Select(e => e.Message).Should().Contain(message);
    }

    [Fact]
    public async Task ExecuteAsync_MutationNotAllowed_IsOperationNotAllowed()
    {
        var executor = new GraphQLExecutor(Schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest("mutation { increment(by: 1) }"), new ExecutionContextOptions { AllowedOperations = OperationKinds.Query });
        result.RequestErrorKind.Should().Be(RequestErrorKind.OperationNotAllowed);
    }

    [Fact]
    public async Task ExecuteAsync_Mutations_RunSerially()
    {
        var executor = new GraphQLExecutor(Schema);
        var before = Volatile.Read(ref _counter);
        var result = await executor.ExecuteAsync(new GraphQLRequest("mutation { a: increment(by: 1) b: increment(by: 10) c: increment(by: 100) }"));
        var data = result.Data!;
        ((int)data["b"]! - (int)data["a"]!).Should().Be(10);
        ((int)data["c"]! - (int)data["b"]!).Should().Be(100);
        ((int)data["a"]!).Should().BeGreaterThan(before);
    }

    [Fact]
    public async Task ExecuteAsync_MissingQuery_IsInvalidRequest()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest(null));
        result.RequestErrorKind.Should().Be(RequestErrorKind.InvalidRequest);
    }

    [Fact]
    public async Task ExecuteAsync_Timeout_ReturnsTimeoutCode()
    {
        var result = await TestSchema.RunAsync(Schema, "{ slow(ms: 5000) }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        result.Errors!.Single().Code.Should().Be("TIMEOUT");
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancellation_Throws()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var executor = new GraphQLExecutor(Schema);
        var act = () => executor.ExecuteAsync(new GraphQLRequest("{ slow(ms: 5000) }"), new ExecutionContextOptions { CancellationToken = cts.Token });
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedQuery_UsesDocumentCache()
    {
        var executor = new GraphQLExecutor(Schema);
        await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ items { id } }"));
        executor.CachedDocumentCount.Should().Be(2);
    }

    [Fact]
    public async Task ExecuteAsync_DocumentCache_IsBounded()
    {
        var executor = new GraphQLExecutor(Schema, new ExecutionOptions { DocumentCacheSize = 3 });
        for (var i = 0; i < 10; i++)
        {
            await executor.ExecuteAsync(new GraphQLRequest($"{{ hello(name: \"{i}\") }}"));
        }

        executor.CachedDocumentCount.Should().Be(3);
    }

    [Fact]
    public async Task ExecuteAsync_SiblingResolvers_RunConcurrently()
    {
        var started = 0;
        var both = new TaskCompletionSource();
        var schema = TestSchema.Build("type Query { a: String b: String }", b => b
            .Resolve("Query", "a", async _ => await Rendezvous())
            .Resolve("Query", "b", async _ => await Rendezvous()));
        var result = await TestSchema.RunAsync(schema, "{ a b }");
        result.ToJson().Should().Be("""{"data":{"a":"met","b":"met"}}""");

        async Task<object?> Rendezvous()
        {
            await Task.Yield();
            if (Interlocked.Increment(ref started) == 2)
            {
                both.SetResult();
            }

            await both.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return "met";
        }
    }

    [Fact]
    public async Task ExecuteAsync_AsyncResultsCompletingOutOfOrder_KeepSelectionOrder()
    {
        var schema = TestSchema.Build("type Query { first: Int second: Int }", b => b
            .Resolve("Query", "first", async _ => { await Task.Delay(50); return 1; })
            .Resolve("Query", "second", _ => 2));
        (await TestSchema.JsonAsync(schema, "{ first second }")).Should().Be("""{"data":{"first":1,"second":2}}""");
    }
}
