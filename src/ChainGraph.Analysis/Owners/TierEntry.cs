using ChainGraph.Analysis.Domain;

namespace ChainGraph.Analysis.Owners;

/// <summary>One 登峰计划 tier (seed 004 §2): the city's enterprises in it and the seed's target count for 2025.</summary>
public sealed record TierEntry(DengfengTier Tier, int Count, int Target2025, IReadOnlyList<string> EnterpriseIds);
