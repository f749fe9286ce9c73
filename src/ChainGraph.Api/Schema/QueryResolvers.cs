using System.Globalization;
using ChainGraph.Application.WhatIf;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using static ChainGraph.Api.Schema.RequestScope;

namespace ChainGraph.Api.Schema;

/// <summary>Resolvers of the <c>Query</c> root.</summary>
internal static class QueryResolvers
{
    private const int MaxPage = 100;
    private const int MaxChecklistPage = 500;

    public static void Register(ResolverRegistry r) => r
        .Field("Query", "snapshot", ctx => SnapshotOf(ctx).Info.DisclosedTo(CallerOf(ctx)))
        .Field("Query", "node", ctx => Node(SnapshotOf(ctx), ctx.Argument<string>("id")!))
        .Field("Query", "chains", ctx => SnapshotOf(ctx).Dataset.Chains.Select(c => SnapshotOf(ctx).Chain(c.Id)))
        .Field("Query", "chain", ctx => SnapshotOf(ctx).Chain(ctx.Argument<string>("id")!))
        .Field("Query", "segment", ctx => SnapshotOf(ctx).Segment(ctx.Argument<string>("id")!))
        .Field("Query", "enterprise", ctx => SnapshotOf(ctx).Enterprise(ctx.Argument<string>("id")!))
        .Field("Query", "enterprises", Enterprises)
        .Field("Query", "bottlenecks", Bottlenecks)
        .Field("Query", "checklist", Checklist)
        .Field("Query", "checklistDiff", ChecklistDiff)
        .Field("Query", "simulateDisruption", Simulate)
        .Field("Query", "auditLog", AuditLog)
        .Field("Query", "importJob", ctx => Service<ImportJobs>(ctx).Find(ctx.Argument<string>("id")!))
        .Field("Query", "importJobs", ctx => Service<ImportJobs>(ctx).Recent());

    private static object AuditLog(ResolveContext ctx)
    {
        var first = PageSize.Check(ctx.Argument<int?>("first"), 50, MaxChecklistPage);
        var after = ctx.Argument<string>("after");
        long? afterId = after is null
            ? null
            : long.TryParse(after, out var id)
                ? id
                : throw new GraphQLException($"'{after}' is not an audit cursor", ErrorCodes.BadUserInput);
        var entries = Service<IAuditLog>(ctx).Read(first + 1, afterId);
        var page = entries.Take(first).ToList();
        var info = new PageInfo(entries.Count > first, afterId is not null,
            page.FirstOrDefault()?.Id.ToString(CultureInfo.InvariantCulture),
            page.LastOrDefault()?.Id.ToString(CultureInfo.InvariantCulture));
        return new { PageInfo = info, Nodes = page };
    }

    private static object? Node(AnalysisSnapshot s, string id) => (object?)s.Enterprise(id) ?? (object?)s.Chain(id) ?? s.Segment(id);

    private static object Enterprises(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var where = ctx.Argument<IReadOnlyDictionary<string, object?>>("where");
        var orderBy = ctx.Argument<List<IReadOnlyDictionary<string, object?>>>("orderBy");
        var matches = s.CachedBounded($"enterprises:{Key(where)}:{Key(orderBy)}:{CallerOf(ctx).Role}",
            () => EnterpriseQuery.Run(s, CallerOf(ctx), where, orderBy));
        return Connection<EnterpriseView>.Of(new MappedList<int, EnterpriseView>(matches, s.Enterprise), ctx.Argument<int?>("first"),
            ctx.Argument<string>("after"), MaxPage);
    }

    private static object Bottlenecks(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var chain = RequireChain(s, ctx.Argument<string>("chainId")!);
        var kinds = ctx.Argument<List<ChokepointKind>>("kinds");
        var foreignOnly = ctx.Argument<bool?>("foreignOnly") ?? false;
        var first = PageSize.Check(ctx.Argument<int?>("first"), 20, MaxPage);
        return s.Chokepoints(chain.Id, ctx.CancellationToken)
            .Where(c => (kinds is null || kinds.Contains(c.Kind)) && (!foreignOnly || c.Foreign))
            .OrderByDescending(c => c.Foreign).ThenByDescending(c => c.InputAtRisk).ThenBy(c => c.Kind)
            .Take(first)
            .Select(c => new BottleneckView(s, c));
    }

    private static object Checklist(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var items = FilteredChecklist(s, ctx.Argument<string>("chainId"), ctx.Argument<List<ChecklistItemType>>("types"),
            ctx.CancellationToken);
        return Connection<ChecklistItemView>.Of(items.Select(i => new ChecklistItemView(s, i)).ToList(), ctx.Argument<int?>("first"),
            ctx.Argument<string>("after"), MaxChecklistPage);
    }

    private static object ChecklistDiff(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var previous = PreviousItems(ctx) ?? [];
        var current = FilteredChecklist(s, ctx.Argument<string>("chainId"), null, ctx.CancellationToken);
        return ChecklistComparison.Compare(previous, current).Select(c => new ChecklistChangeView(s, c));
    }

    /// <summary>The <c>previous</c> argument (an earlier checklist's items); null when not given.</summary>
    internal static IReadOnlyList<PreviousItem>? PreviousItems(ResolveContext ctx) =>
        ctx.Argument<List<IReadOnlyDictionary<string, object?>>>("previous")?
            .Select(p => new PreviousItem((string)p["id"]!, Convert.ToDouble(p["severity"],
            System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    private static object Simulate(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var request = new RemovalRequest(ctx.Argument<List<string>>("enterpriseIds") ?? [], ctx.Argument<string>("region"),
            ctx.Argument<string>("country"), ctx.Argument<string>("district"), ctx.Argument<string>("chainId"));
        return new DisruptionImpactView(s, GraphQLException.Answer(() => WhatIfUseCase.Remove(s.Analyzer, request, ctx.CancellationToken)));
    }

    private static IReadOnlyList<ChecklistItem> FilteredChecklist(AnalysisSnapshot s, string? chainId, List<ChecklistItemType>? types,
        CancellationToken cancellationToken)
    {
        if (chainId is not null) RequireChain(s, chainId);
        return s.Checklist(cancellationToken)
            .Where(i => (chainId is null || i.ChainId == chainId) && (types is null || types.Contains(i.Type)))
            .ToList();
    }

    internal static ChainView RequireChain(AnalysisSnapshot s, string id) =>
        s.Chain(id) ?? throw new GraphQLException($"unknown chain '{id}'", ErrorCodes.NotFound);

    // A cache key for argument values (dictionaries and lists printed in order).
    private static string Key(object? value) => value switch
    {
        null => "",
        IReadOnlyDictionary<string, object?> map =>
            "{" + string.Join(",", map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + Key(kv.Value))) + "}",
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Key)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
