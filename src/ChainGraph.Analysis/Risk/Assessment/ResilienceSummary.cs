using ChainGraph.Analysis.Chains;

namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>
/// A chain's resilience (<see cref="Resilience.Curve"/>): the owners' mean availability as more of the chain's firms are
/// removed, at random and targeted (highest structural impact first). The areas are the mean availability over the curve
/// (1 = unaffected); the gap between them is how much a deliberate or correlated loss hurts more than bad luck.
/// </summary>
public sealed record ResilienceSummary(IReadOnlyList<ResiliencePoint> Curve, double RandomArea, double TargetedArea);
