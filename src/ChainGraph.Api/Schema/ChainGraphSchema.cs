using ChainGraph.Analysis.Domain;
using ChainGraph.GraphQL;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.Api.Schema;

/// <summary>Builds the executable schema: the checked-in SDL (<c>schema.graphql</c>) plus the resolvers of this folder.</summary>
public static class ChainGraphSchema
{
    public static string SdlPath => Path.Combine(AppContext.BaseDirectory, "schema.graphql");

    public static GraphQLSchema Build() =>
        SchemaBuilder.FromSdl(File.ReadAllText(SdlPath))
            .BindEnum<ChainCategory>("ChainCategory")
            .Resolve("Query", "snapshot", ctx => Snapshots(ctx).Current.Info)
            .Resolve("Query", "chains", ctx => Snapshots(ctx).Current.Dataset.Chains)
            .Resolve("Query", "chain", ctx => Snapshots(ctx).Current.Dataset.Chains.FirstOrDefault(c => c.Id == ctx.Argument<string>("id")))
            .Build();

    public static GraphQLExecutor Executor(ExecutionOptions? options = null) => new(Build(), options);

    private static SnapshotHolder Snapshots(GraphQL.Execution.ResolveContext ctx) =>
        (SnapshotHolder)(ctx.Services ?? throw new InvalidOperationException("no services")).GetService(typeof(SnapshotHolder))!;
}
