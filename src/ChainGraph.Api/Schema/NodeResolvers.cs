
namespace ChainGraph.Api.Schema;

/// <summary>Resolvers of object fields that take arguments or compute scores (the rest are view properties).</summary>
internal static class NodeResolvers
{
    private const int MaxSupplyPage = 100;
    private const int MaxChainSupplyPage = 1000;

    public static void Register(ResolverRegistry r) => r
        .Field("Chain", "supplies", ChainSupplies)
        .Field("Chain", "brokers", Brokers)
        .Field("Chain", "riskScore", ctx => ctx.Parent is ChainView c ? StructuralRisk.Chain(c.Snapshot, c.Id) : null)
        .Field("Segment", "riskScore", ctx => ctx.Parent is SegmentView s ? StructuralRisk.Segment(s.Snapshot, s.Index) : null)
        .Field("Enterprise", "riskScore", ctx => ctx.Parent is EnterpriseView e ? StructuralRisk.Enterprise(e.Snapshot, e.Index) : null)
        .Field("Enterprise", "suppliers", ctx => Relations(ctx, (s, e) => s.Supplies.IntoEnterprise(e)))
        .Field("Enterprise", "customers", ctx => Relations(ctx, (s, e) => s.Supplies.OutOfEnterprise(e)))
        .Field("DisruptionImpact", "removed", ctx =>
        {
            var view = (DisruptionImpactView)ctx.Parent!;
            return view.Impact.Removed.Take(Math.Clamp(ctx.Argument<int?>("first") ?? 50, 0, 1000)).Select(view.Snapshot.Enterprise);
        });

    private static object Brokers(ResolveContext ctx)
    {
        var chain = (ChainView)ctx.Parent!;
        var s = chain.Snapshot;
        var first = PageSize.Check(ctx.Argument<int?>("first"), 10, MaxSupplyPage);
        var ranked = s.Rankings(chain.Id, ctx.CancellationToken);
        var flagged = s.Checklist(ctx.CancellationToken).Where(i => i.ChainId == chain.Id).SelectMany(i => i.EnterpriseIds).ToHashSet();
        return ranked.Take(first)
            .Select(r => new BrokerView(s.Enterprise(r.Enterprise), r.Betweenness, r.PageRank,
            flagged.Contains(s.Dataset.Enterprises[r.Enterprise].Id)));
    }

    private static object ChainSupplies(ResolveContext ctx)
    {
        var chain = (ChainView)ctx.Parent!;
        var s = chain.Snapshot;
        var rows = s.ChainSupplies(chain.Id);
        return Connection<SupplyView>.Of(new MappedList<int, SupplyView>(rows, row => new SupplyView(s, row)), ctx.Argument<int?>("first"),
            ctx.Argument<string>("after"), MaxChainSupplyPage);
    }

    // Object fields read the snapshot their parent came from (a mutation returns views of the new snapshot).
    private delegate ReadOnlySpan<int> RowsOf(AnalysisSnapshot snapshot, int enterprise);

    private static object Relations(ResolveContext ctx, RowsOf rowsOf)
    {
        var parent = (EnterpriseView)ctx.Parent!;
        var (s, enterprise) = (parent.Snapshot, parent.Index);
        var segmentId = ctx.Argument<string>("segmentId");
        var segment = segmentId is null
            ? -1
            : s.Segment(segmentId)?.Index ?? throw new GraphQLException($"unknown segment '{segmentId}'", ErrorCodes.NotFound);
        var rows = rowsOf(s, enterprise).ToArray().Where(r => segment < 0 || s.Dataset.Supplies.Segment[r] == segment).ToArray();
        return Connection<SupplyView>.Of(new MappedList<int, SupplyView>(rows, row => new SupplyView(s, row)), ctx.Argument<int?>("first"),
            ctx.Argument<string>("after"), MaxSupplyPage);
    }
}
