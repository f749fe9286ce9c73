namespace ChainGraph.Analysis.Evaluation;

/// <summary>Every evaluated enterprise, highest composite score first, with the settings used and the count per class.</summary>
public sealed record EvaluationReport(EvaluationSettings Settings, IReadOnlyList<EnterpriseEvaluation> Enterprises)
{
    public IReadOnlyDictionary<GuidanceClass, int> ClassCounts =>
        Enum.GetValues<GuidanceClass>().ToDictionary(c => c, c => Enterprises.Count(e => e.Class == c));

    public EnterpriseEvaluation? Of(string enterpriseId) => Enterprises.FirstOrDefault(e => e.EnterpriseId == enterpriseId);
}
