using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>A chain's segments in upstream→downstream order with their enterprises and supply split, and its owners.</summary>
public sealed record ChainMap(Chain Chain, IReadOnlyList<SegmentMap> Segments, IReadOnlyList<int> Owners)
{
    /// <summary>Builds the map of <paramref name="chainId"/> from the index.</summary>
    public static ChainMap Build(ChainIndex index, string chainId)
    {
        var segments = index.OrderedSegments[chainId].Select((s, position) => Segment(index, s, position)).ToList();
        return new ChainMap(index.Chain(chainId), segments, index.Owners[chainId]);
    }

    private static SegmentMap Segment(ChainIndex index, int segment, int position)
    {
        var members = index.Members(segment).Distinct().ToList();
        var counts = members.Aggregate(LocationSplit.Zero, (split, e) => split.Add(index.Locations[e], 1));
        var supplies = index.Dataset.Supplies;
        var rows = index.Supplies(segment);
        var hasValues = rows.Any(r => !float.IsNaN(supplies.AnnualValue[r]));
        var value = LocationSplit.Zero;
        foreach (var r in rows)
        {
            var amount = hasValues ? (float.IsNaN(supplies.AnnualValue[r]) ? 0 : supplies.AnnualValue[r]) : supplies.Share[r];
            value = value.Add(index.Locations[supplies.Supplier[r]], amount);
        }
        return new SegmentMap(index.Segment(segment), position, members, counts, value, !hasValues, rows.Count);
    }
}
