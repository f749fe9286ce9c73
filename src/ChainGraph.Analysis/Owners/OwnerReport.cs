namespace ChainGraph.Analysis.Owners;

/// <summary>Chain-owner identification for every chain, the criteria used, and the city's 登峰计划 tiers.</summary>
public sealed record OwnerReport(OwnerCriteria Criteria, IReadOnlyList<ChainOwnerAssessment> Chains, IReadOnlyList<TierEntry> Tiers)
{
    public ChainOwnerAssessment? Of(string chainId) => Chains.FirstOrDefault(c => c.ChainId == chainId);
}
