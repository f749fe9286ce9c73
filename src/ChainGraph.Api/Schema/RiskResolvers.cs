using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Owners;
using static ChainGraph.Api.Schema.RequestScope;

namespace ChainGraph.Api.Schema;

/// <summary>Resolvers of the risk model, the enterprise evaluation and chain-owner identification (issue 7's exposure).</summary>
internal static class RiskResolvers
{
    public static void Register(ResolverRegistry r) => r
        .Field("Enterprise", "risk", ctx => ctx.Parent is EnterpriseView e && e.Snapshot.Analyzer.Status.IsLive(e.Index)
            ? Service<RiskModels>(ctx)
            .Assessor(e.Snapshot, ctx.CancellationToken)
            .AssessEnterprise(e.Id, ctx.CancellationToken)
            .OrderByDescending(x => x.Score)
            .Select(x => new EnterpriseChainRiskView(e.Snapshot, x))
            : null)
        .Field("Enterprise", "standing", ctx => ctx.Parent is EnterpriseView e
            ? new StandingView(e.Snapshot.Analyzer.Status, e.Index)
            : null)
        .Field("Standing", "reason", ctx => ((StandingView)ctx.Parent!).Reason?.In(ctx.Language))
        .Field("EnterpriseChainRisk", "likelihoodFactors", ctx =>
            ((EnterpriseChainRiskView)ctx.Parent!).Risk.Likelihood?.Top(Math.Clamp(ctx.Argument<int?>("first") ?? 5, 0, 50)) ?? [])
        .Field("Enterprise", "evaluation", ctx => ctx.Parent is EnterpriseView e && Evaluation(e) is { } evaluation
            ? new EvaluationView(evaluation)
            : null)
        .Field("Enterprise", "guidanceClass", ctx => ctx.Parent is EnterpriseView e ? Evaluation(e)?.Class : null)
        .Field("Evaluation", "reasons", ctx => ((EvaluationView)ctx.Parent!).Evaluation.Reasons.Select(r => r.In(ctx.Language)))
        .Field("Evaluation", "peerGroupDescription", ctx => ((EvaluationView)ctx.Parent!).Evaluation.Peers.Description.In(ctx.Language))
        .Field("Evaluation", "basis", ctx => EvaluationWording.Basis(EvaluationSettings.Default.Weights).In(ctx.Language))
        .Field("IndicatorScore", "unit", ctx => ((IndicatorScoreView)ctx.Parent!).Item.Unit.In(ctx.Language))
        .Field("CriterionEvidence", "detail", ctx => ((CriterionEvidenceView)ctx.Parent!).Item.Detail.In(ctx.Language))
        .Field("Chain", "ownerCandidates", ctx => ctx.Parent is ChainView c
            ? c.Snapshot.Owners().Of(c.Id)?.Candidates.Select(candidate => new OwnerCandidateView(c.Snapshot, candidate)) ?? []
            : null)
        .Field("Query", "riskModel", ctx => new RiskModelInfoView(Service<RiskModels>(ctx)
        .ModelFor(SnapshotOf(ctx), ctx.CancellationToken)));

    private static EnterpriseEvaluation? Evaluation(EnterpriseView e) => e.Snapshot.Evaluation().Of(e.Id);
}
