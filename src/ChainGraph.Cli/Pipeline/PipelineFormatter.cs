using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Analysis.Pipeline;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Pipeline;

/// <summary>
/// Writes the cultivation pipeline as a table or JSON in one language; firms, chains and segments by name, every figure with its unit.
/// </summary>
public static class PipelineFormatter
{
    public static void Write(TextWriter output, PipelineReport report, IReadOnlyList<PipelineEntry> entries, string format, Language l)
    {
        if (format == "json") output.WriteLine(JsonSerializer.Serialize(Document(report, entries, l), JsonOptions.Indented));
        else WriteTable(output, report, entries, l);
    }

    private static void WriteTable(TextWriter output, PipelineReport report, IReadOnlyList<PipelineEntry> entries, Language l)
    {
        var zh = l == Language.Zh;
        output.WriteLine(zh
            ? $"梯度培育名单（数据截至 {report.AsOf:yyyy-MM-dd}，共 {entries.Count} 条）"
            : $"Cultivation pipeline (data as of {report.AsOf:yyyy-MM-dd}; {entries.Count} entries)");
        output.WriteLine((zh ? "依据：" : "Basis: ") + PipelineWording.Basis(report.Criteria).In(l));
        output.WriteLine((zh ? "首次跨档：" : "First-time crossings: ") + report.Measured.In(l));
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            output.WriteLine();
            output.WriteLine($"{i + 1}. [{PipelineWording.Standing(e.Standing).In(l)}] {e.Name}{District(e, zh)} · {Step(e, l)} · " +
                (zh ? $"年产值 {F(e.AnnualOutput)} 亿元" : $"output {F(e.AnnualOutput)} (100m CNY)") + Substitute(e, zh));
            output.WriteLine("   " + e.Summary.In(l));
            if (e.Placements.Count > 0)
                output.WriteLine((zh ? "   所在环节：" : "   Segments: ") + string.Join(zh ? "；" : "; ",
                    e.Placements.Select(p => Placement(p, zh))));
            if (e.Reward is not null) output.WriteLine((zh ? "   奖励依据：" : "   Reward: ") + e.RewardBasis.In(l));
        }
    }

    private static string Substitute(PipelineEntry e, bool zh) =>
        e.SubstituteCandidate ? (zh ? " · 卡脖子替代候选" : " · named substitute for a foreign chokepoint")
        : e.ServesForeignChokepoint ? (zh ? " · 所在环节有卡脖子" : " · serves a segment with a foreign chokepoint") : "";

    private static string District(PipelineEntry e, bool zh) => e.District is null ? "" : zh ? $"（{e.District}）" : $" ({e.District})";

    private static string Step(PipelineEntry e, Language l)
    {
        var from = e.Rung is { } r ? PipelineWording.Rung(r).In(l) : l == Language.Zh ? "未入梯队" : "not yet on the ladder";
        return e.Standing == PipelineStanding.Crossed ? $"→ {from}" : $"{from} → {PipelineWording.Rung(e.NextRung!.Value).In(l)}";
    }

    private static string Placement(PipelinePlacement p, bool zh)
    {
        var notes = new List<string>();
        if (p.Key) notes.Add(zh ? "关键环节" : "key segment");
        if (p.ForeignChokepoint) notes.Add(zh ? "有境外卡脖子" : "foreign chokepoint");
        var note = notes.Count == 0 ? "" : zh ? $"（{string.Join("，", notes)}）" : $" ({string.Join(", ", notes)})";
        return $"{p.ChainName} / {p.SegmentName}{note}";
    }

    private static object Document(PipelineReport report, IReadOnlyList<PipelineEntry> entries, Language l) => new
    {
        asOf = report.AsOf,
        basis = PipelineWording.Basis(report.Criteria).In(l),
        measured = report.Measured.In(l),
        report.PriorOutputKnown,
        nearMargin = report.Criteria.NearMargin,
        entries = entries.Select(e => new
        {
            e.EnterpriseId, e.Name, e.District,
            ladder = Vocabulary.Word(e.Ladder),
            rung = e.Rung is { } r ? Vocabulary.Word(r) : null,
            nextRung = e.NextRung is { } n ? Vocabulary.Word(n) : null,
            standing = Vocabulary.Word(e.Standing),
            e.AnnualOutput, e.PriorOutput, e.Reward,
            rewardBasis = e.RewardBasis.In(l),
            e.SubstituteCandidate, e.SubstituteFor, e.ServesForeignChokepoint,
            summary = e.Summary.In(l),
            checks = e.Checks.Select(c => new { criterion = Vocabulary.Word(c.Criterion), c.Value, c.Threshold, c.Maximum, c.Met, c.Near,
            detail = c.Detail.In(l) }),
            placements = e.Placements,
        }),
    };

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
