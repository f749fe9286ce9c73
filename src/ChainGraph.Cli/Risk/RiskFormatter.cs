using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Domain;
using ChainGraph.Analysis.Risk.Assessment;

namespace ChainGraph.Cli.Risk;

/// <summary>Writes chain and enterprise risk as a readable table or JSON.</summary>
public static class RiskFormatter
{
    public static void WriteChains(TextWriter output, RiskReport report, ChainIndex index, int top, string format)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                asOf = report.AsOf, report.HorizonMonths, model = Word(report.Model), testRocAuc = report.ModelEvaluation.Test.RocAuc, levels = report.Levels,
                chains = report.Chains.Select(c => ChainJson(c, top)),
            }, JsonOptions.Indented));
            return;
        }
        output.WriteLine($"risk = P(disruption within {report.HorizonMonths} months, as of {report.AsOf:yyyy-MM-dd}; {Word(report.Model)} model, test ROC AUC {F(report.ModelEvaluation.Test.RocAuc, "0.000")}) × share of the owners' key input lost");
        foreach (var chain in report.Chains) WriteChain(output, chain, index, top);
    }

    public static void WriteEnterprise(TextWriter output, IReadOnlyList<EnterpriseRisk> risks, ChainIndex index, string format)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(risks.Select(r => EnterpriseJson(r, 20)), JsonOptions.Indented));
            return;
        }
        foreach (var r in risks)
        {
            output.WriteLine($"{r.Name} ({r.EnterpriseId}) · {index.Chain(r.ChainId).Name} / {string.Join(", ", r.SegmentIds)} · {Word(r.Location)}");
            output.WriteLine($"  risk {F(r.Score, "0.0000")} [{Word(r.Level)}] = P {Percent(r.Probability)} × impact {Percent(r.Impact.StructuralImpact)}");
            if (r.Likelihood is { } l)
            {
                output.WriteLine(l.ClosedOn is { } closed
                    ? $"  likelihood: closure recorded on {closed:yyyy-MM-dd}, treated as disrupted"
                    : $"  likelihood: logit {F(l.Logit, "0.00")} = baseline {F(l.Baseline, "0.00")} + contributions:");
                foreach (var c in l.Top(8).Where(_ => l.ClosedOn is null))
                    output.WriteLine($"    {c.Feature,-24} = {F(c.Value, "0.###"),10}  {F(c.Contribution, "+0.000;-0.000")}");
            }
            output.WriteLine($"  impact: {r.Impact.Describe()}; exposure index {F(r.Impact.ExposureIndex, "0.00")}, lost output {F(r.Impact.LostOutput, "0.00")} 亿元");
            foreach (var f in r.Factors.Where(f => f.Source == "impact")) output.WriteLine($"    - {f.Detail}");
            output.WriteLine();
        }
    }

    private static void WriteChain(TextWriter output, ChainRisk chain, ChainIndex index, int top)
    {
        output.WriteLine();
        var resilience = chain.Resilience is { } r ? $", resilience random {F(r.RandomArea, "0.00")} / targeted {F(r.TargetedArea, "0.00")}" : "";
        output.WriteLine($"{chain.Name} ({chain.ChainId}): risk {F(chain.Score, "0.000")} [{Word(chain.Level)}], {chain.NeedsMitigation} enterprises need mitigation{resilience}");
        output.WriteLine($"  {"#",3} {"level",-8} {"risk",7} {"P",7} {"impact",7} {"REI",5} {"TTR",5} {"TTS",5}  enterprise · why");
        foreach (var (e, i) in chain.Enterprises.Take(top).Select((e, i) => (e, i + 1)))
        {
            var tts = e.Impact.TimeToSurviveDays is { } d ? F(d, "0") : "∞";
            var why = string.Join("; ", e.Factors.Where(f => f.Source == "likelihood").Take(1).Concat(e.Factors.Where(f => f.Source == "impact").Take(1)).Select(f => f.Detail));
            output.WriteLine($"  {i,3} {Word(e.Level),-8} {F(e.Score, "0.0000"),7} {Percent(e.Probability),7} {Percent(e.Impact.StructuralImpact),7} {F(e.Impact.ExposureIndex, "0.00"),5} {F(e.Impact.TimeToRecoverDays, "0"),5} {tts,5}{(e.Impact.NeedsMitigation ? "!" : " ")} {e.Name} ({Word(e.Location)}) · {why}");
        }
        output.WriteLine($"  segments: {string.Join(", ", chain.Segments.Take(5).Select(s => $"{s.Name}{(s.Key ? "*" : "")} {F(s.Score, "0.000")} [{Word(s.Level)}]"))}");
    }

    private static object ChainJson(ChainRisk c, int top) => new
    {
        chain = c.ChainId, c.Name, c.Score, level = Word(c.Level), c.NeedsMitigation,
        resilience = c.Resilience is { } r ? new { r.RandomArea, r.TargetedArea, curve = r.Curve } : null,
        segments = c.Segments.Select(s => new { segment = s.SegmentId, s.Name, s.Key, s.Enterprises, s.Score, level = Word(s.Level), s.NeedsMitigation, s.TopEnterpriseIds }),
        enterprises = c.Enterprises.Take(top).Select(e => EnterpriseJson(e, 5)),
    };

    private static object EnterpriseJson(EnterpriseRisk e, int contributions) => new
    {
        enterprise = e.EnterpriseId, e.Name, chain = e.ChainId, segments = e.SegmentIds, location = Word(e.Location), e.Score, level = Word(e.Level),
        likelihood = e.Likelihood is { } l ? new
        {
            l.Probability, l.Logit, l.Baseline, model = Word(l.Model), closedOn = l.ClosedOn,
            contributions = l.Top(contributions).Select(c => new { feature = c.Feature, c.Value, c.Contribution }),
        } : null,
        impact = new
        {
            e.Impact.StructuralImpact, e.Impact.ExposureIndex, e.Impact.LostOutput, e.Impact.TimeToRecoverDays, e.Impact.TimeToSurviveDays, e.Impact.NeedsMitigation,
            owners = e.Impact.Owners.Select(o => new { owner = o.OwnerId, o.Weight, segment = o.SegmentId, o.InputLost, o.NetLoss, o.InventoryDays, o.TimeToSurviveDays }),
            chokepoints = e.Impact.Chokepoints,
        },
        factors = e.Factors.Select(f => new { f.Source, f.Name, f.Value, f.Detail }),
    };

    private static string Word<T>(T value) where T : struct, Enum => Vocabulary.Word(value);

    private static string F(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
