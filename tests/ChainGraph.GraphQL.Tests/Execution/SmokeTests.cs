namespace ChainGraph.GraphQL.Tests.Execution;

public sealed class SmokeTests
{
    [Fact]
    public async Task ExecuteAsync_HelloWorld_ReturnsData()
    {
        var schema = TestSchema.Build("type Query { hello(name: String!): String! }", b => b.Resolve("Query", "hello", ctx => "Hello, " + ctx.Argument<string>("name")));
        var json = await TestSchema.JsonAsync(schema, "{ hello(name: \"Ada\") }");
        json.Should().Be("{\"data\":{\"hello\":\"Hello, Ada\"}}");
    }
}
