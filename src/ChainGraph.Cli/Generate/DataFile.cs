namespace ChainGraph.Cli.Generate;

/// <summary>One file of the import format (DESIGN.md "Data contracts"): its stem and its columns in order.</summary>
public sealed record DataFile(string Stem, IReadOnlyList<string> Columns)
{
    public static DataFile Chains { get; } = new("chains", ["id", "name", "category"]);

    public static DataFile Segments { get; } = new("segments", ["id", "chain_id", "name", "stage", "key"]);

    public static DataFile SegmentLinks { get; } = new("segment_links", ["from", "to"]);

    public static DataFile Enterprises { get; } = new("enterprises",
    [
        "id", "name", "district", "region", "country", "industry_code", "annual_output", "revenue", "tax", "employees",
        "rd_ratio", "energy_per_output", "market_share", "founded", "labels", "status",
        "city", "compliance", "land_area",
    ]);

    public static DataFile EnterpriseSegments { get; } = new("enterprise_segments", ["enterprise_id", "segment_id", "role"]);

    public static DataFile Supplies { get; } = new("supplies",
        ["supplier_id", "customer_id", "segment_id", "share", "annual_value", "substitutability", "recovery_days", "since"]);

    public static DataFile Events { get; } = new("events", ["enterprise_id", "date", "type", "severity"]);

    public static DataFile Projects { get; } = new("projects",
    [
        "id", "item_id", "chain_id", "segment_id", "lead_enterprise_id", "partners", "goal", "budget", "investment", "instrument", "amount",
        "status", "quarter",
    ]);

    public static IReadOnlyList<DataFile> All { get; } = [Chains, Segments, SegmentLinks, Enterprises, EnterpriseSegments, Supplies, Events, Projects];

    public string FileName(OutputFormat format) => $"{Stem}.{(format == OutputFormat.Csv ? "csv" : "jsonl")}";
}
