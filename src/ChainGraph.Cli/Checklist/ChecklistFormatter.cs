using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Cli.Checklist;

/// <summary>Writes a checklist, or a comparison with a previous one, as a readable table, CSV or JSON.</summary>
public static class ChecklistFormatter
{
    private static readonly JsonSerializerOptions Json = new(JsonOptions.Indented) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

    public static void Write(TextWriter output, ChecklistDocument document, string format, int? top)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(document, Json));
                break;
            case "csv":
                WriteCsv(output, document.Items);
                break;
            default:
                WriteTable(output, document, top);
                break;
        }
    }

    public static void WriteComparison(TextWriter output, ChecklistDocument document, IReadOnlyList<PreviousItem> previous, string format)
    {
        var changes = ChecklistComparison.Compare(previous, document.Items);
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(new { document.DataVersion, changes = changes.Select(c => new { c.Id, kind = c.Kind, c.Previous, c.Current, c.Item }) }, Json));
            return;
        }
        if (format == "csv")
        {
            output.WriteLine("change,id,previous_severity,severity");
            foreach (var c in changes) output.WriteLine($"{c.Kind.ToString().ToLowerInvariant()},{Csv(c.Id)},{c.Previous?.ToString(CultureInfo.InvariantCulture)},{c.Current?.ToString(CultureInfo.InvariantCulture)}");
            return;
        }
        foreach (var group in changes.Where(c => c.Kind != ChangeKind.Unchanged).GroupBy(c => c.Kind))
        {
            output.WriteLine($"{group.Key} ({group.Count()})");
            foreach (var c in group) output.WriteLine($"  {c.Id}  {c.Previous?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"} → {c.Current?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"}  {c.Item?.Reasons.FirstOrDefault()}");
        }
        output.WriteLine($"unchanged: {changes.Count(c => c.Kind == ChangeKind.Unchanged)}");
    }

    private static void WriteTable(TextWriter output, ChecklistDocument document, int? top)
    {
        output.WriteLine($"产业链关键卡点攻关项目清单 — key-chain checklist ({document.Items.Count} items, data version {document.DataVersion})");
        output.WriteLine();
        foreach (var item in document.Items.Take(top ?? int.MaxValue))
        {
            var who = item.EnterpriseNames.Count > 0 ? string.Join(" + ", item.EnterpriseNames) : "";
            output.WriteLine($"{item.Rank,4}. [{item.Level.ToString().ToUpperInvariant()} {item.Severity:0.00}] {TypeWords(item.Type)} · {item.ChainName} / {item.SegmentName}{(who.Length > 0 ? " · " + who : "")}");
            output.WriteLine($"      {ChainActions.Chinese(item.Action)} ({item.Action.ToString().ToLowerInvariant()}) · {item.Instrument.Name} {item.Instrument.Section}: {item.Instrument.Support}");
            foreach (var reason in item.Reasons.Where(r => !r.StartsWith('+')).Take(3)) output.WriteLine($"      - {reason}");
            if (item.EvidencePaths.Count > 0) output.WriteLine($"      path: {string.Join(" → ", item.EvidencePaths[0])}");
        }
        if (top < document.Items.Count) output.WriteLine($"... {document.Items.Count - top} more (use --top or --format csv/json)");
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<ChecklistItem> items)
    {
        output.WriteLine("rank,id,chain,segment,enterprises,type,severity,level,action,instrument,owners_threatened,reasons");
        foreach (var i in items)
        {
            output.WriteLine(string.Join(",", i.Rank.ToString(CultureInfo.InvariantCulture), Csv(i.Id), Csv(i.ChainName), Csv(i.SegmentName ?? ""),
                Csv(string.Join(";", i.EnterpriseNames)), i.Type.ToString(), i.Severity.ToString("0.000", CultureInfo.InvariantCulture), i.Level.ToString(),
                ChainActions.Chinese(i.Action), Csv($"{i.Instrument.Name} {i.Instrument.Section}"), Csv(string.Join(";", i.OwnersThreatened)), Csv(string.Join(" | ", i.Reasons))));
        }
    }

    private static string TypeWords(ChecklistItemType type) => type switch
    {
        ChecklistItemType.Missing => "缺失环节 missing link",
        ChecklistItemType.Weak => "薄弱环节 weak link",
        ChecklistItemType.ForeignChokepoint => "卡脖子 foreign chokepoint",
        ChecklistItemType.Chokepoint => "关键卡点 chokepoint",
        _ => "单一来源 sole source",
    };

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
