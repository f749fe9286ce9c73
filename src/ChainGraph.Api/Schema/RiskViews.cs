using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Owners;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Api.Schema;

/// <summary>An enterprise's model-based risk for one chain.</summary>
public sealed record EnterpriseChainRiskView(AnalysisSnapshot Snapshot, EnterpriseRisk Risk)
{
    public ChainView Chain => Snapshot.Chain(Risk.ChainId)!;
    public double Score => Risk.Score;
    public RiskLevel Level => Risk.Level;
    public double Probability => Risk.Probability;
    public IReadOnlyList<Analysis.Risk.Assessment.RiskFactor> Factors => Risk.Factors;
}

/// <summary>
/// An enterprise's evaluation (the record's <c>Class</c> is the schema's <c>guidanceClass</c>); its texts are resolved in the requested
/// language.
/// </summary>
public sealed record EvaluationView(EnterpriseEvaluation Evaluation)
{
    public double Score => Evaluation.Score;
    public GuidanceClass? GuidanceClass => Evaluation.Class;
    public string PeerGroup => Evaluation.Peers.Level == PeerLevel.All ? "all" : Evaluation.Peers.Code;
    public int PeerCount => Evaluation.Peers.Count;
    public IEnumerable<IndicatorScoreView> Indicators => Evaluation.Indicators.Select(i => new IndicatorScoreView(i));
}

/// <summary>One indicator of an evaluation; <c>unit</c> is resolved in the requested language.</summary>
public sealed record IndicatorScoreView(IndicatorScore Item)
{
    public EvaluationIndicator Indicator => Item.Indicator;
    public double? Value => Item.Value;
    public double Score => Item.Score;
    public double Weight => Item.Weight;
}

/// <summary>A chain-owner candidate.</summary>
public sealed record OwnerCandidateView(AnalysisSnapshot Snapshot, OwnerCandidate Candidate)
{
    public EnterpriseView Enterprise => Snapshot.Enterprise(Candidate.EnterpriseId)!;
    public bool Recorded => Candidate.Recorded;
    public bool Local => Candidate.Local;
    public OwnerStatus Status => Candidate.Status;
    public Domain.DengfengTier Tier => Candidate.Tier;
    public IEnumerable<CriterionEvidenceView> Evidence => Candidate.Evidence.Select(e => new CriterionEvidenceView(e));
}

/// <summary>One criterion's evidence; <c>detail</c> is resolved in the requested language.</summary>
public sealed record CriterionEvidenceView(CriterionEvidence Item)
{
    public OwnerCriterion Criterion => Item.Criterion;
    public bool Met => Item.Met;
    public double Value => Item.Value;
    public double Threshold => Item.Threshold;
}

/// <summary>The <c>RiskModelInfo</c> GraphQL type.</summary>
public sealed record RiskModelInfoView(ModelChoice Choice)
{
    public string Primary => Choice.Model.Primary.ToString().ToLowerInvariant();
    public string Source => Choice.Source;
    public DateTimeOffset TrainedAt => Choice.Model.Training.Created;
    public long DatasetVersion => Choice.Model.Training.DatasetVersion;
    public DateOnly Cutoff => Choice.Model.Training.Cutoff;
    public int HorizonMonths => Choice.Model.Training.HorizonMonths;
    public IReadOnlyList<string> Features => Choice.Model.Features;
    public IEnumerable<ModelMetricsView> Evaluations => Choice.Model.Evaluations.Select(e => new ModelMetricsView(e));
}

public sealed record ModelMetricsView(ModelEvaluation Evaluation)
{
    public string Kind => Evaluation.Kind.ToString().ToLowerInvariant();
    public string Summary => Evaluation.Summary;
    public double RocAuc => Evaluation.Test.RocAuc;
    public double PrAuc => Evaluation.Test.PrAuc;
    public double Brier => Evaluation.Test.Brier;
    public int Rows => Evaluation.Test.Rows;
    public int Positives => Evaluation.Test.Positives;
}
