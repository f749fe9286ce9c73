namespace ChainGraph.Domain;

/// <summary>The 登峰计划 tiers of seed 004 §2 (annual output in 亿元).</summary>
public enum DengfengTier
{
    None,
    /// <summary>100–500亿.</summary>
    Over100,
    /// <summary>500–1000亿.</summary>
    Over500,
    /// <summary>≥ 1000亿.</summary>
    Over1000,
}

public static class DengfengTiers
{
    /// <summary>Seed 004 §12: a chain owner has annual output of at least 100亿元.</summary>
    public const double ChainOwnerMinimumOutput = 100;

    public static DengfengTier Of(double annualOutput) => annualOutput switch
    {
        >= 1000 => DengfengTier.Over1000,
        >= 500 => DengfengTier.Over500,
        >= 100 => DengfengTier.Over100,
        _ => DengfengTier.None,
    };
}
