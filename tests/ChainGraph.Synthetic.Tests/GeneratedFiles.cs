namespace ChainGraph.Synthetic.Tests;

/// <summary>The seven CSV files of a generated dataset, with the lookups the checks need.</summary>
internal sealed class GeneratedFiles
{
    private readonly Dictionary<string, List<string>> segmentsOf;

    public GeneratedFiles(string directory)
    {
        CsvTable Read(string stem) => CsvTable.Read(Path.Combine(directory, stem + ".csv"));
        Chains = Read("chains");
        Segments = Read("segments");
        Links = Read("segment_links");
        Enterprises = Read("enterprises");
        Memberships = Read("enterprise_segments");
        Supplies = Read("supplies");
        Events = Read("events");
        ChainIds = Chains.Values("id").ToHashSet();
        ChainOfSegment = Segments.Rows.ToDictionary(r => r[0], r => r[1]);
        segmentsOf = Memberships.Rows.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Select(r => r[1]).ToList());
    }

    public CsvTable Chains { get; }
    public CsvTable Segments { get; }
    public CsvTable Links { get; }
    public CsvTable Enterprises { get; }
    public CsvTable Memberships { get; }
    public CsvTable Supplies { get; }
    public CsvTable Events { get; }
    public HashSet<string> ChainIds { get; }
    public Dictionary<string, string> ChainOfSegment { get; }

    public IReadOnlyList<string> SegmentsOf(string enterprise) => segmentsOf.GetValueOrDefault(enterprise) ?? [];

    /// <summary>Enterprise ids in the city (a district is set), for local / missing / weak checks.</summary>
    public HashSet<string> LocalIds()
    {
        var district = Enterprises.Column("district");
        return Enterprises.Rows.Where(r => r[district] != "").Select(r => r[0]).ToHashSet();
    }
}
