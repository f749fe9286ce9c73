using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// Every evaluated enterprise, highest composite score first, with the settings used, the count per class and
/// <see cref="Basis"/>: what the evaluation rests on (an expired 2009 trial plan) and that the weights are the bureau's.
/// </summary>
public sealed record EvaluationReport(EvaluationSettings Settings, IReadOnlyList<EnterpriseEvaluation> Enterprises)
{
    public IReadOnlyDictionary<GuidanceClass, int> ClassCounts =>
        Enum.GetValues<GuidanceClass>().ToDictionary(c => c, c => Enterprises.Count(e => e.Class == c));

    /// <summary>The statement every output of the evaluation carries.</summary>
    public Localized Basis => EvaluationWording.Basis(Settings.Weights);

    public EnterpriseEvaluation? Of(string enterpriseId) => Enterprises.FirstOrDefault(e => e.EnterpriseId == enterpriseId);
}
