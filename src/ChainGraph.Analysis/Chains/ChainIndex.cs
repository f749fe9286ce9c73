using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Lookups over a <see cref="Dataset"/> that every chain analysis needs, built once per snapshot:
/// segment and chain positions, segments in upstream→downstream order, members and owners, and
/// supply rows by segment and by customer. Immutable and safe to share between threads.
/// </summary>
public sealed class ChainIndex
{
    private readonly Dictionary<string, int> _segmentIndex;
    private readonly Dictionary<string, Chain> _chains;
    private readonly int[][] _membersBySegment;
    private readonly SegmentRole[][] _rolesBySegment;
    private readonly int[][] _suppliesBySegment;
    private readonly Dictionary<string, HashSet<int>> _coreOrOwners;

    /// <param name="metroRing">The metropolitan ring's cities (default <see cref="Geography.MetroRing"/>): firms there are
    /// <see cref="Location.Metro"/>.</param>
    public ChainIndex(Dataset dataset, IReadOnlyCollection<string>? metroRing = null)
    {
        Dataset = dataset;
        _segmentIndex = Index(dataset.Segments.Select(s => s.Id));
        _chains = dataset.Chains.ToDictionary(c => c.Id);
        SegmentChain = dataset.Segments.Select(s => s.ChainId).ToArray();
        // The three whole-economy passes are independent: on two cores, a start at a million firms takes less time.
        var ring = metroRing ?? Geography.MetroRing;
        (int[][], SegmentRole[][]) members = ([], []);
        int[][] supplies = [];
        IReadOnlyList<Location> locations = [];
        Parallel.Invoke(
            () => members = Members(dataset),
            () => supplies = SuppliesBySegment(dataset.Supplies, dataset.Segments.Count),
            () => locations = dataset.Enterprises.Locations(ring));
        (_membersBySegment, _rolesBySegment, _suppliesBySegment, Locations) = (members.Item1, members.Item2, supplies, locations);
        OrderedSegments = dataset.Chains.ToDictionary(c => c.Id, c => SegmentOrder.Of(c.Id, dataset, _segmentIndex));
        Owners = dataset.Chains.ToDictionary(c => c.Id, c => OwnersOf(c.Id));
        _coreOrOwners = dataset.Chains.ToDictionary(c => c.Id, c => CoreOrOwners(c.Id));
    }

    public Dataset Dataset { get; }

    /// <summary>Every enterprise's id by enterprise index: the node ids of the chain graphs (shared, not copied per graph).</summary>
    public IReadOnlyList<string> EnterpriseIds => Dataset.Enterprises.Ids;

    /// <summary>Chain id of each segment, by segment index.</summary>
    public IReadOnlyList<string> SegmentChain { get; }

    /// <summary>Each chain's segment indices in upstream→downstream (topological, then file) order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> OrderedSegments { get; }

    /// <summary>Each chain's owners (enterprise indices with role owner in one of its segments), largest output first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Owners { get; }

    /// <summary>Location of each enterprise, by enterprise index.</summary>
    public IReadOnlyList<Location> Locations { get; }

    public IEnumerable<Chain> Chains => Dataset.Chains;

    /// <summary>True for a firm inside the city.</summary>
    public bool IsLocal(int enterprise) => Locations[enterprise] == Location.Local;

    public Chain Chain(string id) =>
        _chains.TryGetValue(id, out var chain) ? chain : throw new KeyNotFoundException($"unknown chain '{id}'");

    public bool HasChain(string id) => _chains.ContainsKey(id);

    public int SegmentIndex(string id) =>
        _segmentIndex.TryGetValue(id, out var index) ? index : throw new KeyNotFoundException($"unknown segment '{id}'");

    public bool TryGetEnterprise(string id, out int index) => Dataset.TryGetEnterpriseRow(id, out index);

    public Segment Segment(int index) => Dataset.Segments[index];

    /// <summary>The record of an enterprise, made on each call: for the few firms a result shows. Passes over many firms read
    /// <see cref="Id"/>, <see cref="Name"/>, <see cref="Output"/> or the dataset's columns instead.</summary>
    public Enterprise Enterprise(int index) => Dataset.Enterprises[index];

    /// <summary>An enterprise's id (unified social credit code).</summary>
    public string Id(int enterprise) => Dataset.Enterprises.Id(enterprise);

    /// <summary>An enterprise's name.</summary>
    public string Name(int enterprise) => Dataset.Enterprises.Name(enterprise);

    /// <summary>An enterprise's annual output (亿元).</summary>
    public double Output(int enterprise) => Dataset.Enterprises.Output(enterprise);

    /// <summary>Enterprise indices serving a segment (from enterprise_segments).</summary>
    public IReadOnlyList<int> Members(int segment) => _membersBySegment[segment];

    /// <summary>Roles of <see cref="Members(int)"/>, position by position.</summary>
    public IReadOnlyList<SegmentRole> Roles(int segment) => _rolesBySegment[segment];

    /// <summary>Rows of <see cref="Dataset.Supplies"/> for a segment.</summary>
    public IReadOnlyList<int> Supplies(int segment) => _suppliesBySegment[segment];

    /// <summary>True when the enterprise holds role core or owner in any segment of the chain.</summary>
    public bool IsCoreOrOwner(int enterprise, string chainId) => _coreOrOwners[chainId].Contains(enterprise);

    private HashSet<int> CoreOrOwners(string chainId) =>
        [.. OrderedSegments[chainId].SelectMany(s => Members(s).Where((_, i) => Roles(s)[i] != SegmentRole.Supplier))];

    private IReadOnlyList<int> OwnersOf(string chainId) =>
        OrderedSegments[chainId]
            .SelectMany(s => Members(s).Where((_, i) => Roles(s)[i] == SegmentRole.Owner))
            .Distinct()
            .OrderByDescending(Dataset.Enterprises.Output)
            .ToList();

    // Members and roles by segment, in membership order: counted first, then placed (no list growth at a million rows).
    private static (int[][], SegmentRole[][]) Members(Dataset dataset)
    {
        var memberships = dataset.Memberships;
        var counts = new int[dataset.Segments.Count];
        for (var m = 0; m < memberships.Count; m++) counts[memberships.Segment(m)]++;
        var (members, roles) = (counts.Select(c => new int[c]).ToArray(), counts.Select(c => new SegmentRole[c]).ToArray());
        Array.Clear(counts);
        for (var m = 0; m < memberships.Count; m++)
        {
            var (s, at) = (memberships.Segment(m), counts[memberships.Segment(m)]++);
            (members[s][at], roles[s][at]) = (memberships.Enterprise(m), memberships.Role(m));
        }
        return (members, roles);
    }

    private static int[][] SuppliesBySegment(SupplyTable supplies, int segmentCount)
    {
        var counts = new int[segmentCount];
        foreach (var s in supplies.Segment) counts[s]++;
        var rows = counts.Select(c => new int[c]).ToArray();
        Array.Clear(counts);
        for (var i = 0; i < supplies.Count; i++) rows[supplies.Segment[i]][counts[supplies.Segment[i]]++] = i;
        return rows;
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) index.TryAdd(id, index.Count);
        return index;
    }
}
