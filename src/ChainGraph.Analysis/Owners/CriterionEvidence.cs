using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Owners;

/// <summary>
/// One criterion for one enterprise: whether it is met, the measured value against the threshold, and the evidence in words.
/// </summary>
public sealed record CriterionEvidence(OwnerCriterion Criterion, bool Met, double Value, double Threshold, Localized Detail);
