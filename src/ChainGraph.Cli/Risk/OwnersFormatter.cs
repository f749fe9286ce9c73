using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Owners;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Risk;

/// <summary>
/// Writes chain-owner candidates with their evidence, and the 登峰计划 tiers, as a table or JSON in one language; firms and segments by name.
/// </summary>
public static class OwnersFormatter
{
    public static void Write(TextWriter output, OwnerReport report, ChainIndex index, string format, Language l)
    {
        if (format == "json")
        {
            WriteJson(output, report, index, l);
            return;
        }
        var zh = l == Language.Zh;
        output.WriteLine(zh ? "链主企业识别" : "Chain-owner identification");
        output.WriteLine((zh ? "依据：" : "Basis: ") + OwnerWording.Basis.In(l));
        foreach (var chain in report.Chains)
        {
            output.WriteLine();
            output.WriteLine(chain.Name);
            foreach (var c in chain.Candidates)
            {
                var segments = string.Join(zh ? "、" : ", ", c.SegmentIds.Select(s => SegmentName(index, s)));
                output.WriteLine(zh
                    ? $"  [{OwnerWording.Status(c.Status).Zh}] {c.Name} · {segments} · 年产值 {F(c.AnnualOutput)} 亿元（{OwnerWording.Tier(c.Tier).Zh}） · 满足 {c.CriteriaMet}/4 项"
                    : $"  [{OwnerWording.Status(c.Status).En}] {c.Name} · {segments} · output {F(c.AnnualOutput)} (100m CNY; {OwnerWording.Tier(c.Tier).En}) · {c.CriteriaMet}/4 criteria");
                foreach (var e in c.Evidence)
                    output.WriteLine(
                        $"      {(e.Met ? "✓" : "✗")} {OwnerWording.Criterion(e.Criterion).In(l)}{(zh ? "：" : ": ")}{e.Detail.In(l)}");
            }
        }
        output.WriteLine();
        output.WriteLine(OwnerWording.TiersHeading.In(l) + (zh ? "：" : ":"));
        foreach (var t in report.Tiers)
            output.WriteLine(zh
                ? $"  {OwnerWording.Tier(t.Tier).Zh}  {t.Count} 家（目标 {t.Target2025} 家）"
                : $"  {OwnerWording.Tier(t.Tier).En}  {t.Count} firms (target {t.Target2025})");
    }

    private static void WriteJson(TextWriter output, OwnerReport report, ChainIndex index, Language l) =>
        output.WriteLine(JsonSerializer.Serialize(new
        {
            basis = OwnerWording.Basis.In(l),
            criteria = report.Criteria,
            chains = report.Chains.Select(c => new
            {
                chain = c.ChainId, c.Name,
                candidates = c.Candidates.Select(k => new
                {
                    enterprise = k.EnterpriseId, k.Name, segments = k.SegmentIds, segmentNames = k.SegmentIds.Select(
                    s => SegmentName(index, s)),
                    k.Recorded, k.Local, k.AnnualOutput, tier = Vocabulary.Word(k.Tier), status = Vocabulary.Word(k.Status), k.Qualifies,
                    evidence = k.Evidence.Select(e => new { criterion = Vocabulary.Word(e.Criterion), e.Met, e.Value, e.Threshold,
                    detail = e.Detail.In(l) }),
                }),
            }),
            tiers = report.Tiers.Select(t => new { tier = Vocabulary.Word(t.Tier), t.Count, t.Target2025, enterprises = t.EnterpriseIds }),
        }, JsonOptions.Indented));

    private static string SegmentName(ChainIndex index, string segmentId) =>
        index.Dataset.Segments.FirstOrDefault(s => s.Id == segmentId)?.Name ?? segmentId;

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
