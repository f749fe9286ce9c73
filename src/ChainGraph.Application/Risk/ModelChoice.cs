using ChainGraph.Analysis.Risk;

namespace ChainGraph.Application.Risk;

/// <summary>A model and where it came from; <paramref name="Trained"/> when it was trained for want of a model file.</summary>
public sealed record ModelChoice(RiskModel Model, string Source, bool Trained = false);
