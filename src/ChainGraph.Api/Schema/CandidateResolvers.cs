using ChainGraph.Application.WhatIf;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using static ChainGraph.Api.Schema.RequestScope;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Resolvers of issue 12's action fields: a checklist item's substitutes, attraction targets and local expansion as
/// connections over the full ranked lists (cached per snapshot and item), the instrument's amount basis in the caller's
/// language, and <c>Query.simulateAddition</c> (what-if for additions).
/// </summary>
internal static class CandidateResolvers
{
    private const int MaxPage = 200;

    public static void Register(ResolverRegistry r) => r
        .Field("ChecklistItem", "substitutes", ctx => Page(ctx, c => c.Substitutes))
        .Field("ChecklistItem", "attractionTargets", ctx => Page(ctx, c => c.AttractionTargets))
        .Field("ChecklistItem", "localExpansion", ctx => Page(ctx, c => c.LocalExpansion))
        .Field("Candidate", "reasons", ctx => ((CandidateView)ctx.Parent!).Candidate.ReasonsIn(ctx.Language))
        .Field("PolicyInstrument", "basis", ctx => ((PolicyInstrument)ctx.Parent!).BasisIn(ctx.Language))
        .Field("ItemOutcome", "text", ctx => ((ItemOutcome)ctx.Parent!).Text.In(ctx.Language))
        .Field("Query", "simulateAddition", SimulateAddition);

    private static Connection<CandidateView> Page(ResolveContext ctx, Func<ItemCandidates, IReadOnlyList<Candidate>> list)
    {
        var view = (ChecklistItemView)ctx.Parent!;
        var s = view.Snapshot;
        var all = s.Candidates(view.Item, ctx.CancellationToken);
        return Connection<CandidateView>.Of([.. list(all).Select(c => new CandidateView(s, c))], ctx.Argument<int?>("first"),
            ctx.Argument<string>("after"), MaxPage);
    }

    private static object SimulateAddition(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var request = new AdditionRequest(ctx.Argument<string>("enterpriseId")!, ctx.Argument<string>("district")!,
            ctx.Argument<string>("segmentId"));
        return new AdditionImpactView(s, GraphQLException.Answer(() => WhatIfUseCase.Add(s.Analyzer, s.Checklist(ctx.CancellationToken),
            request)));
    }
}
