using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Domain;
using ChainGraph.Analysis.Evaluation;

namespace ChainGraph.Cli.Risk;

/// <summary>Writes the enterprise evaluation (seed 002) as a table, CSV or JSON.</summary>
public static class EvaluationFormatter
{
    private static readonly EvaluationIndicator[] Indicators = Enum.GetValues<EvaluationIndicator>();

    /// <summary>Writes the enterprises of <paramref name="only"/> (all classes when null); class counts are always over the whole report.</summary>
    public static void Write(TextWriter output, EvaluationReport report, string format, int? top, GuidanceClass? only = null)
    {
        var rows = report.Enterprises.Where(e => only is null || e.Class == only).Take(top ?? int.MaxValue).ToList();
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    weights = Indicators.ToDictionary(i => Vocabulary.Word(i), i => report.Settings.Weights.Of(i) / report.Settings.Weights.Total),
                    classes = report.ClassCounts.ToDictionary(c => Vocabulary.Word(c.Key), c => c.Value),
                    enterprises = rows.Select(Json),
                }, JsonOptions.Indented));
                break;
            case "csv":
                WriteCsv(output, rows);
                break;
            default:
                WriteTable(output, report, rows);
                break;
        }
    }

    private static object Json(EnterpriseEvaluation e) => new
    {
        enterprise = e.EnterpriseId, e.Name, e.District, e.IndustryCode, e.PeerGroup, e.PeerCount, e.Score,
        @class = e.Class is { } c ? Vocabulary.Word(c) : null, className = e.Class is { } k ? EnterpriseEvaluator.Chinese(k) : null, e.Reasons,
        indicators = e.Indicators.Select(i => new { indicator = Vocabulary.Word(i.Indicator), i.Value, i.Unit, i.Score, i.Weight }),
    };

    private static void WriteCsv(TextWriter output, IEnumerable<EnterpriseEvaluation> rows)
    {
        output.WriteLine($"enterprise_id,name,district,industry_code,peer_group,score,class,{string.Join(',', Indicators.Select(i => Vocabulary.Word(i) + "_score"))},reasons");
        foreach (var e in rows)
        {
            var scores = string.Join(',', e.Indicators.Select(i => F(i.Score, "0.###")));
            output.WriteLine($"{e.EnterpriseId},{Csv(e.Name)},{e.District},{e.IndustryCode},{e.PeerGroup},{F(e.Score, "0.##")},{(e.Class is { } c ? Vocabulary.Word(c) : "")},{scores},{Csv(string.Join("; ", e.Reasons))}");
        }
    }

    private static void WriteTable(TextWriter output, EvaluationReport report, IEnumerable<EnterpriseEvaluation> rows)
    {
        output.WriteLine("工业企业综合评价 — enterprise evaluation index (seed 002), percentiles within industry peers");
        output.WriteLine("classes: " + string.Join(", ", report.ClassCounts.Select(c => $"{EnterpriseEvaluator.Chinese(c.Key)} {Vocabulary.Word(c.Key)} {c.Value}")));
        output.WriteLine();
        output.WriteLine($"{"score",6}  {"class",-18} {"tech",5} {"VA",5} {"tax",5} {"energy",6} {"labour",6} {"scale",5} {"growth",6}  enterprise · reason");
        foreach (var e in rows)
        {
            var s = e.Indicators.Select(i => F(i.Score, "0.00")).ToArray();
            var cls = e.Class is { } c ? $"{EnterpriseEvaluator.Chinese(c)} {Vocabulary.Word(c)}" : "—";
            output.WriteLine($"{F(e.Score, "0.0"),6}  {cls,-18} {s[0],5} {s[1],5} {s[2],5} {s[3],6} {s[4],6} {s[5],5} {s[6],6}  {e.Name} ({e.District}, {e.IndustryCode}) · {e.Reasons.Skip(1).FirstOrDefault()}");
        }
    }

    private static string Csv(string text) => text.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
