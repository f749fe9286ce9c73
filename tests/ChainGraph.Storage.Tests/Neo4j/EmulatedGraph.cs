namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>The in-memory property graph behind <see cref="EmulatedNeo4j"/>: property maps keyed like the uniqueness constraints.</summary>
public sealed class EmulatedGraph
{
    public SortedDictionary<string, Dictionary<string, object?>> Chains { get; private init; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, Dictionary<string, object?>> Segments { get; private init; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> PartOf { get; private init; } = [];
    public HashSet<(string From, string To)> Feeds { get; private init; } = [];
    public SortedDictionary<string, Dictionary<string, object?>> Enterprises { get; private init; } = new(StringComparer.Ordinal);
    public Dictionary<(string Enterprise, string Segment), string> InSegment { get; private init; } = [];
    public HashSet<(string Enterprise, string Chain)> Leads { get; private init; } = [];
    public Dictionary<(string Supplier, string Customer, string Segment), Dictionary<string, object?>> Supplies { get; private init; } = [];
    public Dictionary<(string Enterprise, string Date, string Type), Dictionary<string, object?>> Events { get; private init; } = [];
    public SortedDictionary<string, Dictionary<string, object?>> Projects { get; private init; } = new(StringComparer.Ordinal);
    public long? DataVersion { get; set; }
    public int Imports { get; set; }

    public EmulatedGraph Clone() => new()
    {
        Chains = Copy(Chains), Segments = Copy(Segments), PartOf = new(PartOf), Feeds = [.. Feeds], Enterprises = Copy(Enterprises),
        InSegment = new(InSegment), Leads = [.. Leads], Supplies = Supplies.ToDictionary(kv => kv.Key, kv => new Dictionary<string, object?>(kv.Value)),
        Events = Events.ToDictionary(kv => kv.Key, kv => new Dictionary<string, object?>(kv.Value)), Projects = Copy(Projects), DataVersion = DataVersion, Imports = Imports,
    };

    private static SortedDictionary<string, Dictionary<string, object?>> Copy(SortedDictionary<string, Dictionary<string, object?>> nodes)
    {
        var copy = new SortedDictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var (id, props) in nodes) copy[id] = new Dictionary<string, object?>(props);
        return copy;
    }
}
