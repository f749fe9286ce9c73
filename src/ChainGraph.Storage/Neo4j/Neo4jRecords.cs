using System.Globalization;
using ChainGraph.Domain;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// Domain records to parameter rows (the <c>row.*</c> names of <see cref="Neo4jCypher"/>) and result rows back to
/// records (in the column order of its projections). Enumerations travel as <see cref="Vocabulary"/> words, dates as
/// <c>yyyy-MM-dd</c> (stored as Neo4j <c>date</c>), labels and compliance findings as lists of words (absent when none).
/// </summary>
internal static class Neo4jRecords
{
    public static Dictionary<string, object?> Row(Chain c) => new()
    {
        ["id"] = c.Id, ["name"] = c.Name, ["category"] = Vocabulary.Word(c.Category),
    };

    public static Chain Chain(Neo4jRow r) => new(r.String(0), r.String(1), Word<ChainCategory>(r.String(2)));

    public static Dictionary<string, object?> Row(Segment s) => new()
    {
        ["id"] = s.Id, ["chain_id"] = s.ChainId, ["name"] = s.Name, ["stage"] = Vocabulary.Word(s.Stage), ["key"] = s.Key,
    };

    public static Segment Segment(Neo4jRow r) =>
        new(r.String(0), r.NullableString(1) ?? "", r.String(2), Word<Stage>(r.String(3)), r.Boolean(4));

    public static Dictionary<string, object?> Row(SegmentLink l) => new() { ["from"] = l.From, ["to"] = l.To };

    public static SegmentLink SegmentLink(Neo4jRow r) => new(r.String(0), r.String(1));

    public static Dictionary<string, object?> Row(Enterprise e) => new()
    {
        ["id"] = e.Id, ["name"] = e.Name, ["district"] = e.District, ["region"] = e.Region, ["country"] = e.Country,
        ["industry_code"] = e.IndustryCode, ["annual_output"] = e.AnnualOutput, ["revenue"] = e.Revenue, ["tax"] = e.Tax,
        ["employees"] = e.Employees, ["rd_ratio"] = e.RdRatio, ["energy_per_output"] = e.EnergyPerOutput,
        ["market_share"] = e.MarketShare, ["founded"] = Date(e.Founded), ["labels"] = Labels(e.Labels),
        ["status"] = Vocabulary.Word(e.Status), ["city"] = e.City, ["compliance"] = Compliance(e.Compliance), ["land_area"] = e.LandArea,
    };

    public static Enterprise Enterprise(Neo4jRow r) => new(
        r.String(0), r.String(1), r.NullableString(2), r.NullableString(3), r.String(4), r.NullableString(5), r.Double(6),
        r.NullableDouble(7), r.NullableDouble(8), Int(r.NullableLong(9)), r.NullableDouble(10), r.NullableDouble(11),
        r.NullableDouble(12), Date(r.NullableString(13)), Labels(r.Strings(14)), Word<EnterpriseStatus>(r.String(15)),
        r.NullableString(16), Compliance(r.Strings(17)), r.NullableDouble(18));

    public static Dictionary<string, object?> Row(EnterpriseSegment m) => new()
    {
        ["enterprise_id"] = m.EnterpriseId, ["segment_id"] = m.SegmentId, ["role"] = Vocabulary.Word(m.Role),
    };

    public static EnterpriseSegment Membership(Neo4jRow r) => new(r.String(0), r.String(1), Word<SegmentRole>(r.String(2)));

    public static Dictionary<string, object?> Row(Supply s) => new()
    {
        ["supplier_id"] = s.SupplierId, ["customer_id"] = s.CustomerId, ["segment_id"] = s.SegmentId, ["share"] = s.Share,
        ["annual_value"] = s.AnnualValue, ["substitutability"] = s.Substitutability, ["recovery_days"] = s.RecoveryDays,
        ["since"] = Date(s.Since),
    };

    /// <summary>A supply from <see cref="Neo4jCypher.FetchSupplies"/> (with <c>since</c> in column 8).</summary>
    public static Supply Supply(Neo4jRow r) => new(
        r.String(0), r.String(1), r.String(2), r.Double(3), r.NullableDouble(4), r.NullableDouble(5), Int(r.NullableLong(6)),
        Date(r.NullableString(7)));

    public static Dictionary<string, object?> Row(DisruptionEvent e) => new()
    {
        ["enterprise_id"] = e.EnterpriseId, ["date"] = Date(e.Date), ["type"] = Vocabulary.Word(e.Type), ["severity"] = e.Severity,
    };

    public static DisruptionEvent Event(Neo4jRow r) =>
        new(r.String(0), Date(r.String(1)) ?? default, Word<EventType>(r.String(2)), r.Double(3));

    public static Dictionary<string, object?> Row(Project p) => new()
    {
        ["id"] = p.Id, ["item_id"] = p.ItemId, ["chain_id"] = p.ChainId, ["segment_id"] = p.SegmentId,
        ["lead_enterprise_id"] = p.LeadEnterpriseId, ["partners"] = p.Partners.ToArray(), ["goal"] = p.Goal, ["budget"] = p.Budget,
        ["investment"] = p.Investment, ["instrument"] = p.InstrumentId, ["amount"] = p.Amount, ["status"] = Vocabulary.Word(p.Status),
        ["quarter"] = p.Quarter,
    };

    public static Project Project(Neo4jRow r) => new(
        r.String(0), r.String(1), r.String(2), r.NullableString(3), r.String(4), r.Strings(5), r.String(6), r.Double(7),
        r.NullableDouble(8), r.String(9), r.NullableDouble(10), Word<ProjectStatus>(r.String(11)), r.String(12));

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string[]? Labels(EnterpriseLabels labels) =>
        labels == EnterpriseLabels.None ? null : Vocabulary.FormatLabels(labels).Split(';');

    public static EnterpriseLabels Labels(IReadOnlyList<string> words)
    {
        var unknown = Vocabulary.TryParseLabels(string.Join(';', words), out var labels);
        return unknown is null ? labels : throw new InvalidDataException($"the store holds an unknown enterprise label '{unknown}'");
    }

    public static string[]? Compliance(ComplianceFlags flags) =>
        flags == ComplianceFlags.None ? null : Vocabulary.FormatCompliance(flags).Split(';');

    public static ComplianceFlags Compliance(IReadOnlyList<string> words)
    {
        var unknown = Vocabulary.TryParseCompliance(string.Join(';', words), out var flags);
        return unknown is null ? flags : throw new InvalidDataException($"the store holds an unknown compliance finding '{unknown}'");
    }

    public static T Word<T>(string text) where T : struct, Enum =>
        Vocabulary.TryParse<T>(text, out var value)
            ? value
            : throw new InvalidDataException($"the store holds an unknown {typeof(T).Name} '{text}'");

    private static int? Int(long? value) => value is null ? null : checked((int)value.Value);
}
