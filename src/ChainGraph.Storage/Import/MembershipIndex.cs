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

    public MembershipIndex(Dataset existing, Func<string, int> segmentIndex)
    {
        // The store's memberships are rows already: an enterprise's store row is its index in `enterprises`.
        var memberships = existing.Memberships;
        var segments = existing.Segments.Select(s => segmentIndex(s.Id)).ToArray();
        var chains = existing.Segments.Select(s => s.ChainId).ToArray();
        for (var m = 0; m < memberships.Count; m++)
            Add(memberships.Enterprise(m), segments[memberships.Segment(m)], chains[memberships.Segment(m)]);
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
