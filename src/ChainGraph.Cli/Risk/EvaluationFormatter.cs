using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Risk;

/// <summary>
/// Writes the enterprise evaluation as a table, CSV or JSON in one language, always with what it rests on (the expired
/// 2009 trial plan) and the weights in use.
/// </summary>
public static class EvaluationFormatter
{
    private static readonly EvaluationIndicator[] Indicators = Enum.GetValues<EvaluationIndicator>();

    /// <summary>
    /// Writes the enterprises of <paramref name="only"/> (all classes when null); class counts are always over the whole report.
    /// </summary>
    public static void Write(TextWriter output, EvaluationReport report, string format, int? top, GuidanceClass? only, Language language)
    {
        var rows = report.Enterprises.Where(e => only is null || e.Class == only).Take(top ?? int.MaxValue).ToList();
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    basis = report.Basis.In(language),
                    weights = Indicators.ToDictionary(i => Vocabulary.Word(i), i => report.Settings.Weights.Of(
                    i) / report.Settings.Weights.Total),
                    classes = report.ClassCounts.ToDictionary(c => Vocabulary.Word(c.Key), c => c.Value),
                    enterprises = rows.Select(e => Json(e, language)),
                }, JsonOptions.Indented));
                break;
            case "csv":
                WriteCsv(output, rows, language);
                break;
            default:
                WriteTable(output, report, rows, language);
                break;
        }
    }

    private static object Json(EnterpriseEvaluation e, Language l) => new
    {
        enterprise = e.EnterpriseId, e.Name, e.District, e.IndustryCode,
        peerGroup = new { code = e.Peers.Code, level = Vocabulary.Word(e.Peers.Level), count = e.Peers.Count,
        fellBackFrom = e.Peers.FellBackFrom is { } f ? Vocabulary.Word(f) : null, description = e.Peers.Description.In(l) },
        e.Score, @class = e.Class is { } c ? Vocabulary.Word(c) : null, className = e.Class is { } k
            ? EvaluationWording.Class(k).In(l)
            : null,
        protection = Words(e.Protection), signals = Words(e.Signals), compliance = Words(e.Compliance),
        land = e.Land is { } land ? new { areaMu = land.AreaMu, outputPerMu = land.OutputPerMu, taxPerMu = land.TaxPerMu } : null,
        reasons = e.Reasons.Select(r => r.In(l)),
        indicators = e.Indicators.Select(i => new { indicator = Vocabulary.Word(i.Indicator),
        name = EvaluationWording.Indicator(i.Indicator).In(l), i.Value, unit = i.Unit.In(l), i.Score, i.Weight }),
    };

    private static IEnumerable<string> Words<T>(T flags) where T : struct, Enum =>
        Enum.GetValues<T>()
        .Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) != 0 && flags.HasFlag(v))
        .Select(v => Vocabulary.Word(v));

    private static void WriteCsv(TextWriter output, IEnumerable<EnterpriseEvaluation> rows, Language l)
    {
        output.WriteLine($"enterprise_id,name,district,industry_code,peer_group,peer_level,score,class,{string.Join(',', Indicators.Select(i => Vocabulary.Word(i) + "_score"))},reasons");
        foreach (var e in rows)
        {
            var scores = string.Join(',', e.Indicators.Select(i => F(i.Score, "0.###")));
            output.WriteLine($"{e.EnterpriseId},{Csv(e.Name)},{e.District},{e.IndustryCode},{e.Peers.Code},{Vocabulary.Word(e.Peers.Level)},{F(e.Score, "0.##")},{(e.Class is { } c ? Vocabulary.Word(c) : "")},{scores},{Csv(string.Join(l == Language.En ? "; " : "；", e.Reasons.Select(r => r.In(l))))}");
        }
    }

    private static void WriteTable(TextWriter output, EvaluationReport report, IEnumerable<EnterpriseEvaluation> rows, Language l)
    {
        var zh = l == Language.Zh;
        output.WriteLine(zh ? "工业企业综合评价（同行业百分位）" : "Enterprise evaluation index (percentiles within industry peers)");
        output.WriteLine((zh ? "依据：" : "Basis: ") + report.Basis.In(l));
        var unclassified = report.Enterprises.Count(e => e.Class is null);
        output.WriteLine(zh
            ? $"分类：{string.Join("、", report.ClassCounts.Select(c => $"{EvaluationWording.Class(c.Key).Zh} {c.Value} 家"))}；未分类（注销、停业）{unclassified} 家"
            : $"Classes: {string.Join(", ", report.ClassCounts.Select(c => $"{EvaluationWording.Class(c.Key).En} {c.Value}"))}; unclassified (closed, suspended) {unclassified}");
        output.WriteLine();
        var headers = Indicators.Select(i => EvaluationWording.ShortName(i).In(l));
        output.WriteLine(zh
            ? $"{"得分",4}  {"分类",-6} {string.Join(" ", headers)}  企业 · 理由"
            : $"{"score",5}  {"class",-23} {string.Join(" ", headers)}  enterprise · reason");
        foreach (var e in rows)
        {
            var s = string.Join(" ", e.Indicators.Select((i, k) => F(i.Score, "0.00")
                .PadLeft(zh
                    ? Math.Max(4, 2 * EvaluationWording.ShortName(i.Indicator).Zh.Length)
                    : EvaluationWording.ShortName(i.Indicator).En.Length)));
            var cls = e.Class is { } c ? EvaluationWording.Class(c).In(l) : "—";
            var where = zh ? $"（{e.District}，{e.IndustryCode}）" : $" ({e.District}, {e.IndustryCode})";
            output.WriteLine(zh
                ? $"{F(e.Score, "0.0"),6}  {cls,-6} {s}  {e.Name}{where} · {e.Reasons[0].Zh}"
                : $"{F(e.Score, "0.0"),5}  {cls,-23} {s}  {e.Name}{where} · {e.Reasons[0].En}");
        }
    }

    private static string Csv(string text) => text.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
