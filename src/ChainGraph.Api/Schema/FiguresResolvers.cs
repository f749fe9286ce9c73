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
        .Field("Chain", "figures", ctx => ctx.Parent is ChainView c ? ChainFigures(c.Snapshot, QueryResolvers.PreviousItems(ctx)).FirstOrDefault(f => f.Id == c.Id) : null)
        .Field("Query", "districtFigures", ctx => DistrictFigures(SnapshotOf(ctx), QueryResolvers.PreviousItems(ctx)))
        .Field("AreaFigures", "summary", ctx => FiguresWording.Line(((AreaFiguresView)ctx.Parent!).Figures).In(ctx.Argument<Language?>("lang") ?? Language.Zh));

    // Without `previous` the figures are the snapshot's and cached; with it they depend on the argument, so computed per request.
    private static IReadOnlyList<AreaFiguresView> ChainFigures(AnalysisSnapshot s, IReadOnlyList<PreviousItem>? previous) => previous is null
        ? s.Cached("figures:chains", () => Views(FiguresBuilder.Chains(s.Analyzer, s.Checklist(), Evaluation(s))))
        : Views(FiguresBuilder.Chains(s.Analyzer, s.Checklist(), Evaluation(s), previous));

    private static IReadOnlyList<AreaFiguresView> DistrictFigures(AnalysisSnapshot s, IReadOnlyList<PreviousItem>? previous) => previous is null
        ? s.Cached("figures:districts", () => Views(FiguresBuilder.Districts(s.Analyzer, s.Checklist(), Evaluation(s))))
        : Views(FiguresBuilder.Districts(s.Analyzer, s.Checklist(), Evaluation(s), previous));

    private static List<AreaFiguresView> Views(IReadOnlyList<AreaFigures> figures) => [.. figures.Select(f => new AreaFiguresView(f))];

    private static EvaluationReport Evaluation(AnalysisSnapshot s) => s.Cached("evaluation", () => EnterpriseEvaluator.Evaluate(s.Dataset));
}
