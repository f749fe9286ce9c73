using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Application.Targets;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>`chaingraph targets`' output: a table (Chinese by default) or JSON with each item's full candidate lists.</summary>
public static class TargetsFormatter
{
    public static void Write(TextWriter output, TargetsResult result, string format, Language language)
    {
        if (format == "json") WriteJson(output, result, language);
        else WriteTable(output, result, language);
    }

    private static void WriteJson(TextWriter output, TargetsResult result, Language language) =>
        output.WriteLine(JsonSerializer.Serialize(new
        {
            chain = result.ChainName,
            items = result.Items.Select(s => new
            {
                s.Item.Id, s.Item.Rank, title = PreviousItems.Title(s.Item), s.Item.Type, s.Item.Severity, s.Item.Instrument,
                s.Candidates.Substitutes, s.Candidates.AttractionTargets, s.Candidates.LocalExpansion,
            }),
        }, CandidateJson.Options(language)));

    private static void WriteTable(TextWriter output, TargetsResult result, Language language)
    {
        var zh = language == Language.Zh;
        output.WriteLine(zh
            ? $"{result.ChainName}：替代候选与招商目标（{result.Items.Count} 项）"
            : $"{result.ChainName}: substitutes and attraction targets ({result.Items.Count} items)");
        foreach (var (item, candidates) in result.Items)
        {
            output.WriteLine();
            var severity = item.Severity.ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine($"{item.Rank,3}. [{ChecklistWords.Level(item.Level, language)} {severity}] {ChecklistWords.Type(item.Type, language)} · {PreviousItems.Title(item)}");
            output.WriteLine($"     {item.Instrument.Cite(language)}{(zh ? "：" : ": ")}{item.Instrument.BasisIn(language)}");
            List(output, zh ? "替代候选" : "substitutes", candidates.Substitutes, language);
            List(output, zh ? "招商目标" : "attraction targets", candidates.AttractionTargets, language);
            List(output, zh ? "本地扩产" : "local expansion", candidates.LocalExpansion, language);
            if (candidates.Substitutes.Count + candidates.AttractionTargets.Count + candidates.LocalExpansion.Count == 0)
                output.WriteLine(zh ? "     无候选：没有其他在营企业供应该环节" : "     no candidate: no other live firm serves this segment");
        }
    }

    private static void List(TextWriter output, string label, IReadOnlyList<Candidate> candidates, Language language)
    {
        if (candidates.Count == 0) return;
        output.WriteLine($"     {label}{(language == Language.Zh ? "：" : ":")}");
        foreach (var (c, i) in candidates.Select((c, i) => (c, i + 1)))
            output.WriteLine($"       {i,2}. {CandidateLines.Short(c, language)}{(language == Language.Zh ? "：" : ": ")}{string.Join(language == Language.Zh ? "；" : "; ", c.ReasonsIn(language))}");
    }
}
