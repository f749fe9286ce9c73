using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Analysis.Figures;

/// <summary>
/// The districts a checklist item concerns: those of the local firms it names and of the local owners and core firms it
/// threatens (named in the item; matched among the chain's owners and core firms). An earlier item no longer on the
/// checklist is placed by the firms its id names (`chokepoint:CHAIN:CODE[+CODE]`); a resolved link item has no district.
/// </summary>
internal sealed class ItemDistricts
{
    private readonly ChainIndex _index;
    private readonly Dictionary<string, HashSet<string>> _byItem = new(StringComparer.Ordinal);

    public ItemDistricts(ChainIndex index, IReadOnlyList<ChecklistItem> items)
    {
        _index = index;
        foreach (var item in items)
        {
            var owners = index.OrderedSegments[item.ChainId].SelectMany(index.Members)
                .Distinct()
                .Where(e => index.IsCoreOrOwner(e, item.ChainId))
                .Select(index.Enterprise).Where(e => item.OwnersThreatened.Contains(e.Name)).Select(e => e.District);
            _byItem[item.Id] = [.. item.EnterpriseIds.Select(DistrictOf).Concat(owners).OfType<string>()];
        }
    }

    public IReadOnlySet<string> Of(string itemId) =>
        _byItem.TryGetValue(itemId, out var districts) ? districts : [.. FirmsInId(itemId).Select(DistrictOf).OfType<string>()];

    public string? DistrictOf(string enterpriseId) =>
        _index.TryGetEnterprise(enterpriseId, out var e) ? _index.Enterprise(e).District : null;

    private static IEnumerable<string> FirmsInId(string itemId) =>
        itemId.StartsWith("chokepoint:", StringComparison.Ordinal) && itemId.Split(':') is { Length: 3 } parts ? parts[2].Split('+') : [];
}
