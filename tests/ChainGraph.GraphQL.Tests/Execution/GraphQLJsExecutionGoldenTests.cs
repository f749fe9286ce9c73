using System.Text.Json;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Tests.Execution;

/// <summary>
/// Oracle test: GraphQLJsExecutionGolden.json holds a schema, JSON root data, requests and the exact responses
/// graphql-js 16.15.0's <c>graphqlSync</c> produced with default resolvers (null propagation, result coercion errors,
/// abstract type resolution by <c>__typename</c>, variable coercion errors). Our responses must be byte-identical JSON.
/// </summary>
public sealed class GraphQLJsExecutionGoldenTests
{
    private static readonly Lazy<JsonElement> Golden = new(Load);

    public static IEnumerable<object[]> Cases() => Enumerable.Range(0, Load().GetProperty("cases").GetArrayLength()).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ExecuteAsync_GoldenRequest_MatchesGraphQLJsResponse(int index)
    {
        var golden = Golden.Value;
        var schema = SchemaBuilder.FromSdl(golden.GetProperty("schema").GetString()!).Build();
        var executor = new GraphQLExecutor(schema, new ExecutionOptions { MaxFieldCost = 0, MaxDepth = 0 });
        var testCase = golden.GetProperty("cases")[index];
        var variables = testCase.TryGetProperty("v", out var v) ? v : default;
        var operation = testCase.TryGetProperty("op", out var op) ? op.GetString() : null;
        var request = GraphQLRequest.WithJsonVariables(testCase.GetProperty("q").GetString()!, variables, operation);
        var result = await executor.ExecuteAsync(request, new ExecutionContextOptions { RootValue = golden.GetProperty("data") });
        result.ToJson().Should().Be(JsonSerializer.Serialize(testCase.GetProperty("expected")), testCase.GetProperty("q").GetString());
    }

    private static JsonElement Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        const string relative = "tests/ChainGraph.GraphQL.Tests/Execution/GraphQLJsExecutionGolden.json";
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, relative)))
        {
            directory = directory.Parent;
        }

        return JsonDocument.Parse(File.ReadAllText(Path.Combine(directory!.FullName, relative))).RootElement;
    }
}
