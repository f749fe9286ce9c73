namespace ChainGraph.Analysis.Chains;

/// <summary>What to remove in a what-if: enterprises by id, and/or every enterprise of a region or country.</summary>
public sealed record Disruption(IReadOnlyList<string> EnterpriseIds, string? Region = null, string? Country = null, string? District = null)
{
    public static Disruption Of(params string[] enterpriseIds) => new(enterpriseIds);

    public override string ToString() =>
        string.Join(", ", new[] { EnterpriseIds.Count > 0 ? $"{EnterpriseIds.Count} enterprises" : null, Region, Country,
        District }.OfType<string>());
}
