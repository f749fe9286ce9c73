using ChainGraph.Analysis.Risk;

namespace ChainGraph.Application.Risk;

/// <summary>A model and where it came from.</summary>
public sealed record ModelChoice(RiskModel Model, string Source);
