namespace ChainGraph.Analysis.Risk.Scoring;

/// <summary>
/// How much one feature moved a score: <see cref="Contribution"/> in log-odds (positive raises the likelihood), for the
/// enterprise's <see cref="Value"/> of the feature (see <see cref="Features.FeatureCatalog"/> for units).
/// </summary>
public sealed record FeatureContribution(string Feature, double Value, double Contribution);
