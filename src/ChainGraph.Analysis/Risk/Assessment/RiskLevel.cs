namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>Risk levels for enterprises, segments and chains; thresholds in <see cref="RiskLevels"/>.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
    Critical,
}
