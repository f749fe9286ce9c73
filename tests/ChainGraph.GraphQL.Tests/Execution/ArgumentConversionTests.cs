namespace ChainGraph.GraphQL.Tests.Execution;

public sealed class ArgumentConversionTests
{
    public enum Kind
    {
        SinglePoint,
        Bridge,
    }

    public sealed record Range(int From, int? To);

    private const string Sdl = """
        enum Kind { SINGLE_POINT BRIDGE }
        input RangeInput { from: Int! to: Int }
        type Query {
          kinds(values: [Kind!]): String
          names(values: [String!]): String
          ranges(values: [RangeInput!]): String
          range(value: RangeInput): String
          count(n: Int): String
        }
        """;

    private static readonly ChainGraph.GraphQL.Types.GraphQLSchema Schema = TestSchema.Build(Sdl, b => b
        .Resolve("Query", "kinds", ctx => string.Join(",", ctx.Argument<List<Kind>>("values")!))
        .Resolve("Query", "names", ctx => string.Join(",", ctx.Argument<string[]>("values")!))
        .Resolve("Query", "ranges", ctx => string.Join(",", ctx.Argument<List<IReadOnlyDictionary<string, object?>>>("values")!.Select(r => r["from"])))
        .Resolve("Query", "range", ctx => ctx.Argument<Range>("value")!.ToString())
        .Resolve("Query", "count", ctx => (ctx.Argument<int?>("n") ?? -1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("{ kinds(values: [SINGLE_POINT, BRIDGE]) }", "SinglePoint,Bridge")]
    [InlineData("{ kinds(values: BRIDGE) }", "Bridge")]
    [InlineData("{ names(values: [\"a\", \"b\"]) }", "a,b")]
    [InlineData("{ ranges(values: [{from: 1}, {from: 2, to: 3}]) }", "1,2")]
    [InlineData("{ range(value: {from: 1, to: 5}) }", "Range { From = 1, To = 5 }")]
    [InlineData("{ count }", "-1")]
    [InlineData("{ count(n: 4) }", "4")]
    public async Task Argument_ConvertsToRequestedClrType(string query, string expected)
    {
        var result = await TestSchema.RunAsync(Schema, query);
        result.Errors.Should().BeNull();
        result.Data!.Values.Single().Should().Be(expected);
    }

    [Fact]
    public async Task Argument_FromJsonVariables_ConvertsToo()
    {
        var variables = System.Text.Json.JsonDocument.Parse("""{"k":["BRIDGE"],"r":{"from":7}}""").RootElement;
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(GraphQLRequest.WithJsonVariables("query($k: [Kind!], $r: RangeInput) { kinds(values: $k) range(value: $r) }", variables));
        result.ToJson().Should().Be("""{"data":{"kinds":"Bridge","range":"Range { From = 7, To =  }"}}""");
    }
}
