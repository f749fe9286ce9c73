using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>Which enterprise serves which segment, and which chains each enterprise is in (store plus import).</summary>
/// <remarks>
/// Pairs are packed into longs and chains numbered densely: the supply checks ask both questions for every row, and
/// hashing a (number, chain id) tuple hashed the chain's text each time (issue 16, validating 2M supplies).
/// </remarks>
internal sealed class MembershipIndex
{
    private readonly HashSet<long> _segments = [];
    private readonly HashSet<long> _chains = [];
    private readonly Dictionary<string, int> _chainNumbers = new(StringComparer.Ordinal);

    public MembershipIndex(Dataset existing, EnterpriseIndex enterprises, Func<string, int> segmentIndex)
    {
        var chainOf = existing.Segments.ToDictionary(s => s.Id, s => s.ChainId);
        foreach (var m in existing.Memberships)
            Add(enterprises.IndexOf(m.EnterpriseId), segmentIndex(m.SegmentId), chainOf[m.SegmentId]);
    }

    public void Add(int enterprise, int segment, string chain)
    {
        _segments.Add(Pair(enterprise, segment));
        _chains.Add(Pair(enterprise, ChainNumber(chain)));
    }

    /// <summary>The chain's dense number, for <see cref="InChain"/> (numbered on first use).</summary>
    public int ChainNumber(string chain)
    {
        if (!_chainNumbers.TryGetValue(chain, out var number)) _chainNumbers[chain] = number = _chainNumbers.Count;
        return number;
    }

    public bool Serves(int enterprise, int segment) => _segments.Contains(Pair(enterprise, segment));

    /// <summary>Whether the enterprise serves a segment of the chain numbered <paramref name="chain"/> (<see cref="ChainNumber"/>).</summary>
    public bool InChain(int enterprise, int chain) => _chains.Contains(Pair(enterprise, chain));

    private static long Pair(int first, int second) => ((long)first << 32) | (uint)second;
}
