using ChainGraph.Domain;

namespace ChainGraph.Analysis.Owners;

/// <summary>One 登峰计划 tier (第2条 of the manufacturing measures): the city's enterprises in it and the target count for 2025.</summary>
public sealed record TierEntry(DengfengTier Tier, int Count, int Target2025, IReadOnlyList<string> EnterpriseIds);
