using ChainGraph.Analysis.Checklist;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Figures;
using ChainGraph.Domain.Text;
using static ChainGraph.Api.Schema.RequestScope;

namespace ChainGraph.Api.Schema;

/// <summary>Resolvers of the quarterly figures (issue 12 item 6): <c>Chain.figures</c> and <c>Query.districtFigures</c>.</summary>
internal static class FiguresResolvers
{
    public static void Register(ResolverRegistry r) => r
        .Field("Chain", "figures", ctx => ctx.Parent is ChainView c
            ? ChainFigures(c.Snapshot, QueryResolvers.PreviousItems(ctx), ctx.CancellationToken).FirstOrDefault(f => f.Id == c.Id)
            : null)
        .Field("Query", "districtFigures", ctx => DistrictFigures(SnapshotOf(ctx), QueryResolvers.PreviousItems(ctx),
        ctx.CancellationToken))
        .Field("AreaFigures", "summary", ctx => FiguresWording.Line(((AreaFiguresView)ctx.Parent!).Figures)
        .In(ctx.Argument<Language?>("lang") ?? Language.Zh));

    private static IReadOnlyList<AreaFiguresView> ChainFigures(AnalysisSnapshot s, IReadOnlyList<PreviousItem>? previous,
        CancellationToken cancellationToken) =>
        Views(s.ChainFigures(previous, cancellationToken));

    private static IReadOnlyList<AreaFiguresView> DistrictFigures(AnalysisSnapshot s, IReadOnlyList<PreviousItem>? previous,
        CancellationToken cancellationToken) =>
        Views(s.DistrictFigures(previous, cancellationToken));

    private static List<AreaFiguresView> Views(IReadOnlyList<AreaFigures> figures) => [.. figures.Select(f => new AreaFiguresView(f))];
}
