using ChainGraph.Analysis.Pipeline;
using ChainGraph.Domain.Text;
using static ChainGraph.Api.Schema.RequestScope;

namespace ChainGraph.Api.Schema;

/// <summary>Resolvers of the cultivation pipeline (issue 12 item 5): <c>Query.pipeline</c> and the texts of its entries.</summary>
internal static class PipelineResolvers
{
    private const int MaxPage = 200;

    public static void Register(ResolverRegistry r) => r
        .Field("Query", "pipeline", Pipeline)
        .Field("PipelineConnection", "basis", ctx => PipelineWording.Basis(((PipelineConnectionView)ctx.Parent!).Report.Criteria)
        .In(Lang(ctx)))
        .Field("PipelineConnection", "measured", ctx => ((PipelineConnectionView)ctx.Parent!).Report.Measured.In(Lang(ctx)))
        .Field("PipelineEntry", "summary", ctx => ((PipelineEntryView)ctx.Parent!).Entry.Summary.In(Lang(ctx)))
        .Field("PipelineEntry", "rewardBasis", ctx => ((PipelineEntryView)ctx.Parent!).Entry.RewardBasis.In(Lang(ctx)))
        .Field("RungCheck", "detail", ctx => ((RungCheckView)ctx.Parent!).Item.Detail.In(Lang(ctx)));

    private static object Pipeline(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var chainId = ctx.Argument<string>("chainId");
        if (chainId is not null) QueryResolvers.RequireChain(s, chainId);
        var entries = new MappedList<PipelineEntry, PipelineEntryView>(s.PipelineEntries(chainId, ctx.Argument<PipelineRung?>("rung"),
            ctx.CancellationToken), e => new PipelineEntryView(s, e));
        return new PipelineConnectionView(Connection<PipelineEntryView>.Of(entries, ctx.Argument<int?>("first"),
            ctx.Argument<string>("after"), MaxPage), s.Pipeline(ctx.CancellationToken));
    }

    private static Language Lang(ResolveContext ctx) => ctx.Argument<Language?>("lang") ?? Language.Zh;
}
