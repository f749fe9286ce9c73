using ChainGraph.Domain;
using ChainGraph.Domain.Text;
using ChainGraph.Storage;
using ChainGraph.Storage.Import;
using static ChainGraph.Api.Schema.RequestScope;

namespace ChainGraph.Api.Schema;

/// <summary>
/// The project list (攻关项目清单): <c>Query.projects</c>, <c>ChecklistItem.project</c>, and the editor's
/// <c>upsertProject</c> / <c>removeProject</c>, which go through the import's validation and the audited writer exactly
/// like the other mutations.
/// </summary>
internal static class ProjectResolvers
{
    private const int MaxPage = 200;

    public static void Register(ResolverRegistry r) => r
        .Field("Query", "projects", Projects)
        .Field("ChecklistItem", "project", ctx => ProjectOf((ChecklistItemView)ctx.Parent!))
        .Field("Project", "statusName", ctx => ProjectStatusNames.Of(((ProjectView)ctx.Parent!).Status)
        .In(ctx.Argument<Language?>("lang") ?? Language.Zh))
        .Field("Mutation", "upsertProject", UpsertProject)
        .Field("Mutation", "removeProject", RemoveProject);

    private static object Projects(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var chainId = ctx.Argument<string>("chainId");
        if (chainId is not null) QueryResolvers.RequireChain(s, chainId);
        var projects = s.Projects().List(chainId, ctx.Argument<ProjectStatus?>("status")).Select(p => new ProjectView(s, p)).ToList();
        return Connection<ProjectView>.Of(projects, ctx.Argument<int?>("first"), ctx.Argument<string>("after"), MaxPage);
    }

    private static ProjectView? ProjectOf(ChecklistItemView item) =>
        item.Snapshot.Projects().ForItem(item.Id) is { } project ? new ProjectView(item.Snapshot, project) : null;

    private static async ValueTask<object?> UpsertProject(ResolveContext ctx)
    {
        var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
        var id = (string)input["id"]!;
        var snapshot = await MutationResolvers.WriteRows(ctx, "upsertProject", id, dir => JsonLinesFiles.Write(dir, FileSpecs.Projects,
            [Row(input)]));
        return new ProjectView(snapshot, snapshot.Dataset.Projects.Single(p => p.Id == id));
    }

    private static async ValueTask<object?> RemoveProject(ResolveContext ctx)
    {
        var id = ctx.Argument<string>("id")!;
        var (removed, snapshot) = await Service<ApiWriter>(ctx)
            .RemoveAsync(CallerOf(ctx), "removeProject", id, Removal.Project(id), ctx.CancellationToken);
        return new RemovalResult(removed > 0, removed, snapshot.Version);
    }

    private static Dictionary<string, object?> Row(IReadOnlyDictionary<string, object?> i) => new()
    {
        ["id"] = i["id"], ["item_id"] = i["itemId"], ["chain_id"] = i["chainId"], ["segment_id"] = i.GetValueOrDefault("segmentId"),
        ["lead_enterprise_id"] = i["leadEnterpriseId"],
        ["partners"] = i.GetValueOrDefault("partners") is IEnumerable<object?> partners ? string.Join(';', partners) : null,
        ["goal"] = i["goal"], ["budget"] = i["budget"], ["investment"] = i.GetValueOrDefault("investment"),
        ["instrument"] = i["instrument"],
        ["amount"] = i.GetValueOrDefault("amount"), ["status"] = Vocabulary.Word((ProjectStatus)i["status"]!), ["quarter"] = i["quarter"],
    };
}
