using ChainGraph.Domain;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>Which chains each firm is recorded as owner or core supporting enterprise of (by chain name), and its protections.</summary>
internal sealed class RoleIndex
{
    private readonly ILookup<string, string> _owners;
    private readonly ILookup<string, string> _cores;

    public RoleIndex(Dataset dataset)
    {
        var chainOfSegment = dataset.Segments.ToDictionary(s => s.Id, s => s.ChainId);
        var chainName = dataset.Chains.ToDictionary(c => c.Id, c => c.Name);
        ILookup<string, string> Of(SegmentRole role) => dataset.Memberships
            .Where(m => m.Role == role && chainOfSegment.ContainsKey(m.SegmentId))
            .Select(m => (m.EnterpriseId, Chain: chainName.GetValueOrDefault(chainOfSegment[m.SegmentId], chainOfSegment[m.SegmentId])))
            .Distinct()
            .ToLookup(p => p.EnterpriseId, p => p.Chain);
        _owners = Of(SegmentRole.Owner);
        _cores = Of(SegmentRole.Core);
    }

    public IReadOnlyList<string> OwnerChains(string enterpriseId) => [.. _owners[enterpriseId].Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> CoreChains(string enterpriseId) => [.. _cores[enterpriseId].Order(StringComparer.Ordinal)];

    public Protection Protection(Enterprise firm)
    {
        var protection = Evaluation.Protection.None;
        if (_owners[firm.Id].Any()) protection |= Evaluation.Protection.ChainOwner;
        if (_cores[firm.Id].Any()) protection |= Evaluation.Protection.CoreSupplier;
        if (firm.Labels.HasFlag(EnterpriseLabels.LittleGiant)) protection |= Evaluation.Protection.LittleGiant;
        if (firm.Labels.HasFlag(EnterpriseLabels.Champion)) protection |= Evaluation.Protection.Champion;
        return protection;
    }
}
