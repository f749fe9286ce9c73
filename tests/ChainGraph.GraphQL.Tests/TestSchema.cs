using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Tests;

/// <summary>Helpers to build schemas and run documents in tests.</summary>
internal static class TestSchema
{
    public static GraphQLSchema Build(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.FromSdl(sdl);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static async Task<ExecutionResult> RunAsync(GraphQLSchema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, ExecutionOptions? options = null, object? root = null)
    {
        var executor = new GraphQLExecutor(schema, options);
        return await executor.ExecuteAsync(new GraphQLRequest(query, variables: variables), new ExecutionContextOptions { RootValue = root });
    }

    public static async Task<string> JsonAsync(GraphQLSchema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, ExecutionOptions? options = null, object? root = null) =>
        (await RunAsync(schema, query, variables, options, root)).ToJson();
}
