using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// The data contract of docs/design.md ("Data contracts"): every import file and its columns. `import/templates/` mirrors it.
/// </summary>
public static class FileSpecs
{
    public static readonly FileSpec Chains = new(RecordKind.Chains, "chains",
    [
        new("id", true, "chain id, e.g. nev"),
        new("name", true, "chain name, e.g. 新能源汽车"),
        new("category", true, Vocabulary.Words<ChainCategory>()),
    ]);

    public static readonly FileSpec Segments = new(RecordKind.Segments, "segments",
    [
        new("id", true, "segment id, unique over all chains"),
        new("chain_id", true, "the chain it belongs to"),
        new("name", true, "segment name, e.g. 电芯"),
        new("stage", true, Vocabulary.Words<Stage>()),
        new("key", false, "true when chokepoint analysis protects this segment (default false)"),
    ]);

    public static readonly FileSpec SegmentLinks = new(RecordKind.SegmentLinks, "segment_links",
    [
        new("from", true, "upstream segment id"),
        new("to", true, "downstream segment id, same chain"),
    ]);

    public static readonly FileSpec Enterprises = new(RecordKind.Enterprises, "enterprises",
    [
        new("id", true, "unified social credit code (18 characters, GB 32100-2015 check character)"),
        new("name", true, "registered name"),
        new("district", false, "city district for firms in the city: " + string.Join("/", Geography.Districts)),
        new("region", false, "province-level division for firms in China outside the city, e.g. 江苏"),
        new("country", true, "ISO 3166 alpha-2 country code, CN for China"),
        new("industry_code", false, "GB/T 4754 industry code, e.g. C3841"),
        new("annual_output", true, "annual industrial output, 亿元, ≥ 0"),
        new("revenue", false, "revenue, 亿元, ≥ 0"),
        new("tax", false, "tax paid, 亿元, ≥ 0"),
        new("employees", false, "head count, integer ≥ 0"),
        new("rd_ratio", false, "R&D spending / revenue, 0–1"),
        new("energy_per_output", false, "energy use per output, tonnes of standard coal per 万元, ≥ 0"),
        new("market_share", false, "share of its main market, 0–1"),
        new("founded", false, "date founded, yyyy-MM-dd"),
        new("labels", false, Vocabulary.LabelWordList + " (separated by ;)"),
        new("status", false, Vocabulary.Words<EnterpriseStatus>() + " (default active)"),
        new("city", false, "prefecture-level city for firms in China outside the city, e.g. 东莞 (with its region; never with a district)"),
        new("compliance", false, Vocabulary.ComplianceWordList + " (separated by ;)"),
        new("land_area", false, "industrial land used, 亩, ≥ 0"),
    ]);

    public static readonly FileSpec Memberships = new(RecordKind.Memberships, "enterprise_segments",
    [
        new("enterprise_id", true, "credit code of the enterprise"),
        new("segment_id", true, "segment it serves"),
        new("role", true, Vocabulary.Words<SegmentRole>()),
    ]);

    public static readonly FileSpec Supplies = new(RecordKind.Supplies, "supplies",
    [
        new("supplier_id", true, "credit code of the supplier"),
        new("customer_id", true, "credit code of the customer"),
        new("segment_id", true, "the segment whose product is supplied (the supplier's segment, in the customer's chain)"),
        new("share", true, "share of the customer's input for that segment, 0–1"),
        new("annual_value", false, "annual value, 万元, ≥ 0"),
        new("substitutability", false, "0 (irreplaceable) – 1 (commodity)"),
        new("recovery_days", false, "days to recover the supply if lost, integer ≥ 0"),
        new("since", false, "date the relation began, yyyy-MM-dd"),
    ]);

    public static readonly FileSpec Events = new(RecordKind.Events, "events",
    [
        new("enterprise_id", true, "credit code of the enterprise"),
        new("date", true, "yyyy-MM-dd"),
        new("type", true, Vocabulary.Words<EventType>()),
        new("severity", true, "0–1"),
    ]);

    public static readonly FileSpec Projects = new(RecordKind.Projects, "projects",
    [
        new("id", true, "project id, unique"),
        new("item_id", true, "the checklist item it answers, e.g. link:nev:battery-cell"),
        new("chain_id", true, "the chain of the item"),
        new("segment_id", false, "the segment of the item, in that chain"),
        new("lead_enterprise_id", true, "credit code of the undertaking firm (牵头单位)"),
        new("partners", false, "credit codes of the partner firms, separated by ;"),
        new("goal", true, "what the project is to achieve"),
        new("budget", true, "total budget, 万元, ≥ 0"),
        new("investment", false, "the investment the instrument's amount is a percentage of, 万元, ≥ 0"),
        new("instrument", true, string.Join(" | ", PolicyInstrument.All.Select(i => i.Id))),
        new("amount", false, "support amount, 万元, ≥ 0 and at most the instrument's cap"),
        new("status", true, Vocabulary.Words<ProjectStatus>()),
        new("quarter", true, "the quarter, e.g. 2026Q4"),
    ]);

    /// <summary>All specs in reading order.</summary>
    public static readonly IReadOnlyList<FileSpec> All =
        [Chains, Segments, SegmentLinks, Enterprises, Memberships, Supplies, Events, Projects];
}
