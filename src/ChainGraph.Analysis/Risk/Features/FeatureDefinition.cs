namespace ChainGraph.Analysis.Risk.Features;

/// <summary>One model input: its stable name (used in model files and explanations), what it measures, and its unit.</summary>
public sealed record FeatureDefinition(string Name, string Description, string Unit);
