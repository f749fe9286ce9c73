using ChainGraph.Domain;
using Domain = ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Turns rows into domain records, checking each row on its own (references are checked by <see cref="ImportValidator"/>).
/// </summary>
public static class RecordParser
{
    public static Chain Chain(RowReader row) =>
        new(row.Required("id"), row.Required("name"), row.Word<ChainCategory>("category") ?? default);

    public static Segment Segment(RowReader row) =>
        new(row.Required("id"), row.Required("chain_id"), row.Required("name"), row.Word<Stage>("stage") ?? default,
        row.Boolean("key") ?? false);

    public static SegmentLink SegmentLink(RowReader row)
    {
        var link = new SegmentLink(row.Required("from"), row.Required("to"));
        if (link.From.Length > 0 && link.From == link.To) row.Error("to", "a segment cannot feed itself");
        return link;
    }

    public static Enterprise Enterprise(RowReader row)
    {
        var enterprise = new Enterprise(
            row.CreditCode("id"), row.Required("name"), row.Text("district"), row.Text("region"),
            row.Required("country").ToUpperInvariant(),
            row.Text("industry_code"), row.Number("annual_output", 0) ?? 0, row.Number("revenue", 0), row.Number("tax", 0),
            row.Integer("employees", 0), row.Number("rd_ratio", 0, 1), row.Number("energy_per_output", 0), row.Number("market_share", 0, 1),
            row.Date("founded"), Labels(row), row.Word<EnterpriseStatus>("status") ?? EnterpriseStatus.Active,
            row.Text("city"), Compliance(row), row.Number("land_area", 0));
        CheckPlace(row, enterprise);
        return enterprise;
    }

    public static EnterpriseSegment Membership(RowReader row) =>
        new(row.CreditCode("enterprise_id"), row.Required("segment_id"), row.Word<SegmentRole>("role") ?? default);

    public static Supply Supply(RowReader row)
    {
        var supply = new Supply(
            row.CreditCode("supplier_id"), row.CreditCode("customer_id"), row.Required("segment_id"), row.Number("share", 0, 1) ?? 0,
            row.Number("annual_value", 0), row.Number("substitutability", 0, 1), row.Integer("recovery_days", 0), row.Date("since"));
        if (supply.SupplierId.Length > 0 && supply.SupplierId == supply.CustomerId)
            row.Error("customer_id", "an enterprise cannot supply itself");
        return supply;
    }

    public static DisruptionEvent Event(RowReader row) =>
        new(row.CreditCode("enterprise_id"), row.Date("date") ?? default, row.Word<EventType>("type") ?? default,
        row.Number("severity", 0, 1) ?? 0);

    public static Project Project(RowReader row)
    {
        var project = new Project(
            row.Required("id"), row.Required("item_id"), row.Required("chain_id"), row.Text("segment_id"),
            row.CreditCode("lead_enterprise_id"),
            Partners(row), row.Required("goal"), row.Number("budget", 0) ?? 0, row.Number("investment", 0), Instrument(row),
            row.Number("amount", 0), row.Word<ProjectStatus>("status") ?? default, row.Required("quarter"));
        ProjectChecks.CheckRow(row, project);
        return project;
    }

    private static IReadOnlyList<string> Partners(RowReader row)
    {
        var partners = Domain.Project.ParsePartners(row.Text("partners"));
        foreach (var id in partners.Where(id => Domain.CreditCode.Validate(id) is not null))
            row.Error("partners", $"'{id}': {Domain.CreditCode.Validate(id)}");
        return partners;
    }

    private static string Instrument(RowReader row)
    {
        var text = row.Required("instrument");
        if (text.Length == 0) return text;
        var instrument = ProjectChecks.Instrument(text);
        if (instrument is null)
            row.Error("instrument", $"'{text}' is not a policy instrument ({string.Join(" | ", PolicyInstrument.All.Select(i => i.Id))})");
        return instrument?.Id ?? text;
    }

    private static EnterpriseLabels Labels(RowReader row)
    {
        var text = row.Text("labels");
        if (text is null) return EnterpriseLabels.None;
        var unknown = Vocabulary.TryParseLabels(text, out var labels);
        if (unknown is not null) row.Error("labels", $"'{unknown}' is not a label ({Vocabulary.LabelWordList})");
        return labels;
    }

    private static ComplianceFlags Compliance(RowReader row)
    {
        var text = row.Text("compliance");
        if (text is null) return ComplianceFlags.None;
        var unknown = Vocabulary.TryParseCompliance(text, out var flags);
        if (unknown is not null) row.Error("compliance", $"'{unknown}' is not a compliance finding ({Vocabulary.ComplianceWordList})");
        return flags;
    }

    private static void CheckPlace(RowReader row, Enterprise e)
    {
        if (e.Country.Length > 0 && !Geography.IsCountryCode(e.Country))
            row.Error("country", $"'{e.Country}' is not an ISO 3166 alpha-2 code");
        if (e.District is not null && !Geography.IsDistrict(e.District))
            row.Error("district", $"'{e.District}' is not a district of the city ({string.Join("/", Geography.Districts)})");
        if (e.Region is not null && !Geography.IsRegion(e.Region))
            row.Error("region", $"'{e.Region}' is not a province-level division of China");
        if (e.Country != Geography.HomeCountry && (e.District ?? e.Region) is not null)
            row.Error(e.District is null ? "region" : "district", $"a firm in {e.Country} cannot have a Chinese district or region");
        if (e.District is not null && e.Region is not null && e.Region != Geography.HomeProvince)
            row.Error("region", $"district {e.District} is in {Geography.HomeProvince}, not {e.Region}");
        if (e.City is not null) CheckCity(row, e);
    }

    // Inside the home province the city must be one of its 21 prefecture-level cities: that is where the metropolitan
    // ring is drawn, so a misspelt 东莞 would silently count as far supply. Elsewhere the name is free text.
    private static void CheckCity(RowReader row, Enterprise e)
    {
        if (e.District is not null)
            row.Error("city", $"a firm in district {e.District} is in the city itself; give a district or a city, not both");
        else if (e.Country != Geography.HomeCountry) row.Error("city", $"a firm in {e.Country} cannot have a Chinese city");
        else if (e.Region is null)
            row.Error("city", $"city {e.City} needs its region (province-level division, e.g. {Geography.HomeProvince})");
        else if (e.Region == Geography.HomeProvince && e.City == Geography.HomeCity)
            row.Error("city",
                $"a firm in {Geography.HomeCity} is located by its district ({string.Join("/", Geography.Districts)}), not by city");
        else if (e.Region == Geography.HomeProvince && !Geography.IsProvinceCity(e.City))
            row.Error("city", $"'{e.City}' is not a prefecture-level city of {Geography.HomeProvince} ({string.Join("/", Geography.ProvinceCities)}; short names, without 市)");
    }
}
