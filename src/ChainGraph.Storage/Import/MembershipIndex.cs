using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>Which enterprise serves which segment, and which chains each enterprise is in (store plus import).</summary>
internal sealed class MembershipIndex
{
    private readonly HashSet<(int Enterprise, int Segment)> _segments = [];
    private readonly HashSet<(int Enterprise, string Chain)> _chains = [];

    public MembershipIndex(Dataset existing, EnterpriseIndex enterprises, Func<string, int> segmentIndex)
    {
        var chainOf = existing.Segments.ToDictionary(s => s.Id, s => s.ChainId);
        foreach (var m in existing.Memberships)
            Add(enterprises.IndexOf(m.EnterpriseId), segmentIndex(m.SegmentId), chainOf[m.SegmentId]);
    }

    public void Add(int enterprise, int segment, string chain)
    {
        _segments.Add((enterprise, segment));
        _chains.Add((enterprise, chain));
    }

    public bool Serves(int enterprise, int segment) => _segments.Contains((enterprise, segment));

    public bool InChain(int enterprise, string chain) => _chains.Contains((enterprise, chain));
}
