using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Domain;
using ChainGraph.Analysis.Owners;

namespace ChainGraph.Cli.Risk;

/// <summary>Writes chain-owner candidates with their evidence, and the 登峰计划 tiers, as a table or JSON.</summary>
public static class OwnersFormatter
{
    public static void Write(TextWriter output, OwnerReport report, string format)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                criteria = report.Criteria,
                chains = report.Chains.Select(c => new
                {
                    chain = c.ChainId, c.Name,
                    candidates = c.Candidates.Select(k => new
                    {
                        enterprise = k.EnterpriseId, k.Name, segments = k.SegmentIds, k.Recorded, k.Local, k.AnnualOutput, tier = Vocabulary.Word(k.Tier),
                        status = Vocabulary.Word(k.Status), k.Qualifies,
                        evidence = k.Evidence.Select(e => new { criterion = Vocabulary.Word(e.Criterion), e.Met, e.Value, e.Threshold, e.Detail }),
                    }),
                }),
                tiers = report.Tiers.Select(t => new { tier = Vocabulary.Word(t.Tier), t.Count, t.Target2025, enterprises = t.EnterpriseIds }),
            }, JsonOptions.Indented));
            return;
        }
        output.WriteLine("链主企业 — chain-owner identification (seed 004 §12): integration, market share, pull, output ≥ 100亿");
        foreach (var chain in report.Chains)
        {
            output.WriteLine();
            output.WriteLine($"{chain.Name} ({chain.ChainId})");
            foreach (var c in chain.Candidates)
            {
                output.WriteLine($"  [{Vocabulary.Word(c.Status)}] {c.Name} · {string.Join(", ", c.SegmentIds)} · {c.AnnualOutput.ToString("0.#", CultureInfo.InvariantCulture)}亿 ({Vocabulary.Word(c.Tier)}) · {c.CriteriaMet}/4 criteria");
                foreach (var e in c.Evidence) output.WriteLine($"      {(e.Met ? "✓" : "✗")} {Vocabulary.Word(e.Criterion),-18} {e.Detail}");
            }
        }
        output.WriteLine();
        output.WriteLine("登峰计划 tiers (firms in the city; seed 004 §2 targets for 2025):");
        foreach (var t in report.Tiers) output.WriteLine($"  {Vocabulary.Word(t.Tier),-10} {t.Count,3} firms (target {t.Target2025})");
    }
}
