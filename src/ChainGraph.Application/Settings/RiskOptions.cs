namespace ChainGraph.Application.Settings;

/// <summary><c>ChainGraph:Risk</c> settings: where the trained risk model is read from.</summary>
public sealed class RiskOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ChainGraph:Risk";

    /// <summary>The model file; empty for <see cref="RiskModelFile.PathFor"/>'s default next to the store.</summary>
    public string? ModelPath { get; set; }
}
