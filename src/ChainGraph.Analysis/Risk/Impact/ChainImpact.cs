namespace ChainGraph.Analysis.Risk.Impact;

/// <summary>The impact of losing each enterprise of a chain (its segments' members), largest structural impact first.</summary>
public sealed record ChainImpact(string ChainId, IReadOnlyList<EnterpriseImpact> Enterprises, ImpactSettings Settings)
{
    public EnterpriseImpact? Of(int enterprise) => Enterprises.FirstOrDefault(e => e.Enterprise == enterprise);
}
