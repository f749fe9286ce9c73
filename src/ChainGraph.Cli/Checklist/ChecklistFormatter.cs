using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Application.Checklists;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>
/// Writes a checklist as a readable table (Chinese, or English), CSV or JSON; JSON and CSV use the snake_case vocabulary.
/// </summary>
public static class ChecklistFormatter
{
    public static readonly JsonSerializerOptions Json =
        new(JsonOptions.Indented) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

    public static void Write(TextWriter output, ChecklistDocument document, string format, int? top, Language language)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(document, CandidateJson.Options(language)));
                break;
            case "csv":
                WriteCsv(output, document.Items, language);
                break;
            default:
                WriteTable(output, document, top, language);
                VerifyFormatter.WriteTable(output, document.Verify, language);
                break;
        }
    }

    private static void WriteTable(TextWriter output, ChecklistDocument document, int? top, Language language)
    {
        var asOf = document.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        output.WriteLine(language == Language.Zh
            ? $"产业链关键卡点攻关项目清单（{document.Items.Count} 项，数据版本 {document.DataVersion}，截至 {asOf}）"
            : $"Key-chain checklist ({document.Items.Count} items, data version {document.DataVersion}, as of {asOf})");
        output.WriteLine(language == Language.Zh ? $"依据：{ChecklistWords.Basis(language)}" : $"Basis: {ChecklistWords.Basis(language)}");
        output.WriteLine(language == Language.Zh ? "各链健康：" : "Chain health:");
        foreach (var c in document.Chains) output.WriteLine($"  {c.Name} {c.Why.In(language)}");
        output.WriteLine();
        foreach (var item in document.Items.Take(top ?? int.MaxValue)) WriteItem(output, item, language);
        if (top < document.Items.Count)
            output.WriteLine(language == Language.Zh
                ? $"……另有 {document.Items.Count - top} 项（用 --top 或 --format csv/json 查看）"
                : $"... {document.Items.Count - top} more (use --top or --format csv/json)");
    }

    private static void WriteItem(TextWriter output, ChecklistItem item, Language language)
    {
        var zh = language == Language.Zh;
        var who = item.EnterpriseNames.Count > 0 ? " · " + string.Join(" + ", item.EnterpriseNames) : "";
        output.WriteLine($"{item.Rank,4}. [{ChecklistWords.Level(item.Level, language)} {item.Severity.ToString("0.00", CultureInfo.InvariantCulture)}] {ChecklistWords.Type(item.Type, language)} · {item.ChainName} / {item.SegmentName}{who}");
        output.WriteLine($"      {ChecklistWords.Action(item.Action, language)} · {item.Instrument.Cite(language)}{(zh ? "：" : ": ")}{item.Instrument.SupportIn(language)}");
        foreach (var finding in item.Findings.Take(4)) output.WriteLine($"      - {finding.Text.In(language)}");
        if (item.OwnersThreatened.Count > 0)
            output.WriteLine($"      {(zh ? "受影响的本地企业：" : "local firms affected: ")}{Names(item.OwnersThreatened, language)}");
        if (item.EvidencePaths.Count > 0) output.WriteLine($"      {(zh ? "供应路径：" : "path: ")}{string.Join(" → ", item.EvidencePaths[0])}");
        output.WriteLine(
            $"      {(zh ? "严重度构成：" : "severity: ")}{string.Join(zh ? "；" : "; ", item.Terms.Select(t => t.Describe(language)))}");
        CandidateLines.Write(output, item, language);
    }

    private static string Names(IReadOnlyList<string> names, Language language) =>
        names.Count <= 3 ? string.Join(language == Language.Zh ? "、" : ", ", names)
        : string.Join(language == Language.Zh ? "、" : ", ", names.Take(3)) + (language == Language.Zh
            ? $" 等 {names.Count} 家"
            : $" and {names.Count - 3} more");

    private static void WriteCsv(TextWriter output, IReadOnlyList<ChecklistItem> items, Language language)
    {
        output.WriteLine("rank,id,chain,segment,enterprises,type,severity,level,action,action_name,instrument,citation,owners_threatened,rules,findings,severity_terms,amount,basis,substitutes,attraction_targets");
        foreach (var i in items)
        {
            output.WriteLine(string.Join(",", i.Rank.ToString(CultureInfo.InvariantCulture), Csv(i.Id), Csv(i.ChainName),
                Csv(i.SegmentName ?? ""),
                Csv(string.Join(";", i.EnterpriseNames)), Vocabulary.Word(i.Type), i.Severity.ToString("0.000",
                CultureInfo.InvariantCulture), Vocabulary.Word(i.Level),
                Vocabulary.Word(i.Action), ChainActions.Chinese(i.Action), i.Instrument.Id, Csv(i.Instrument.Cite(language)),
                Csv(string.Join(";", i.OwnersThreatened)),
                Csv(string.Join(";", i.Findings.Select(f => f.Rule).Distinct())), Csv(string.Join(" | ",
                i.Findings.Select(f => f.Text.In(language)))),
                Csv(string.Join(" | ", i.Terms.Select(t => t.Describe(language)))),
                i.Instrument.Amount?.ToString("0.#", CultureInfo.InvariantCulture) ?? "", Csv(i.Instrument.BasisIn(language) ?? ""),
                Csv(string.Join(";", i.Substitutes.Select(c => c.Name))), Csv(string.Join(";", i.AttractionTargets.Select(c => c.Name)))));
        }
    }

    internal static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
