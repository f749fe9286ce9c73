namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// A feature's global weight in a model: the mean absolute contribution (log-odds) over the held-out rows, and the mean
/// signed one (positive: on average it raises the risk).
/// </summary>
public sealed record FeatureImportance(string Feature, double MeanAbsContribution, double MeanContribution);
