using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Domain.Text;
using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Cli.Risk;

/// <summary>Writes chain and enterprise risk as a readable table (Chinese by default) or JSON; firms and owners by name.</summary>
public static class RiskFormatter
{
    public static void WriteChains(TextWriter output, RiskReport report, ChainIndex index, int top, string format, Language l = Language.Zh)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                asOf = report.AsOf, report.HorizonMonths, model = Word(report.Model), testRocAuc = report.ModelEvaluation.Test.RocAuc,
                levels = report.Levels, chains = report.Chains.Select(c => ChainJson(c, top, l)),
            }, JsonOptions.Indented));
            return;
        }
        output.WriteLine(l == Language.Zh
            ? $"风险 = {report.HorizonMonths} 个月内发生中断的概率（截至 {report.AsOf:yyyy-MM-dd}；{(Word(report.Model) == "gbdt" ? "梯度提升树" : "逻辑回归")}模型，检验期 ROC AUC {F(report.ModelEvaluation.Test.RocAuc, "0.000")}）× 链主关键投入损失比例"
            : $"risk = P(disruption within {report.HorizonMonths} months, as of {report.AsOf:yyyy-MM-dd}; {Word(report.Model)} model, test ROC AUC {F(report.ModelEvaluation.Test.RocAuc, "0.000")}) × share of the owners' key input lost");
        foreach (var chain in report.Chains) WriteChain(output, chain, index, top, l);
    }

    /// <summary>
    /// An enterprise's risks; for a firm that is not live (<paramref name="inactive"/> set) the reason it is not ranked instead.
    /// </summary>
    public static void WriteEnterprise(TextWriter output, IReadOnlyList<EnterpriseRisk> risks, ChainIndex index, string format,
        Language l = Language.Zh, Localized? inactive = null)
    {
        if (format == "json")
        {
            output.WriteLine(inactive is null
                ? JsonSerializer.Serialize(risks.Select(r => EnterpriseJson(r, 20, l)), JsonOptions.Indented)
                : JsonSerializer.Serialize(new { inactive = true, reason = inactive.In(l) }, JsonOptions.Indented));
            return;
        }
        if (inactive is not null)
            output.WriteLine(l == Language.Zh
                ? $"不计风险：{inactive.Zh}。其供应按已中断计算，请核实供应记录。"
                : $"not ranked as a risk: {inactive.En}. Its supply counts as already lost; verify the supply records.");
        foreach (var r in risks) WriteOne(output, r, index, l);
    }

    private static void WriteOne(TextWriter output, EnterpriseRisk r, ChainIndex index, Language l)
    {
        var zh = l == Language.Zh;
        output.WriteLine(zh
            ? $"{r.Name} · {index.Chain(r.ChainId).Name} / {string.Join("、", r.SegmentIds)} · {Location(r.Location, l)}"
            : $"{r.Name} · {index.Chain(r.ChainId).Name} / {string.Join(", ", r.SegmentIds)} · {Location(r.Location, l)}");
        output.WriteLine(zh
            ? $"  风险 {F(r.Score, "0.0000")}【{Level(r.Level, l)}】= 中断概率 {Percent(r.Probability)} × 影响 {Percent(r.Impact.StructuralImpact)}"
            : $"  risk {F(r.Score, "0.0000")} [{Level(r.Level, l)}] = P {Percent(r.Probability)} × impact {Percent(r.Impact.StructuralImpact)}");
        if (r.Likelihood is { } lk)
        {
            output.WriteLine(zh
                ? $"  概率：对数几率 {F(lk.Logit, "0.00")} = 基线 {F(lk.Baseline, "0.00")} + 各因素贡献："
                : $"  likelihood: logit {F(lk.Logit, "0.00")} = baseline {F(lk.Baseline, "0.00")} + contributions:");
            foreach (var c in lk.Top(8))
                output.WriteLine($"    {(zh ? RiskWording.Feature(c.Feature) : c.Feature),-24} = {F(c.Value, "0.###"),10}  {F(c.Contribution, "+0.000;-0.000")}");
        }
        var i = r.Impact;
        output.WriteLine(zh
            ? $"  影响：链主关键投入损失 {Percent(i.StructuralImpact)}；恢复需 {F(i.TimeToRecoverDays, "0")} 天，链主可维持 {(i.TimeToSurviveDays is { } d ? F(d, "0") + " 天" : "不受限")}；暴露指数 {F(i.ExposureIndex, "0.00")}，损失产值 {F(i.LostOutput, "0.00")} 亿元"
            : $"  impact: {i.Describe()}; exposure index {F(i.ExposureIndex, "0.00")}, lost output {F(i.LostOutput, "0.00")} 100m CNY");
        foreach (var f in r.Factors.Where(f => f.Source == "impact")) output.WriteLine($"    - {f.Text.In(l)}");
        output.WriteLine();
    }

    private static void WriteChain(TextWriter output, ChainRisk chain, ChainIndex index, int top, Language l)
    {
        var zh = l == Language.Zh;
        output.WriteLine();
        var resilience = chain.Resilience is { } r
            ? (zh
                ? $"，韧性：随机移除 {F(r.RandomArea, "0.00")} / 定向移除 {F(r.TargetedArea, "0.00")}"
                : $", resilience random {F(r.RandomArea, "0.00")} / targeted {F(r.TargetedArea, "0.00")}")
            : "";
        output.WriteLine(zh
            ? $"{chain.Name}：风险 {F(chain.Score, "0.000")}【{Level(chain.Level, l)}】，{chain.NeedsMitigation} 家企业需采取缓解措施{resilience}"
            : $"{chain.Name}: risk {F(chain.Score, "0.000")} [{Level(chain.Level, l)}], {chain.NeedsMitigation} enterprises need mitigation{resilience}");
        output.WriteLine(zh
            ? $"  {"#",3} {"等级",-6} {"风险",7} {"概率",7} {"影响",7} {"暴露",5} {"恢复天",5} {"维持天",5}  企业 · 原因"
            : $"  {"#",3} {"level",-8} {"risk",7} {"P",7} {"impact",7} {"REI",5} {"TTR",5} {"TTS",5}  enterprise · why");
        foreach (var (e, i) in chain.Enterprises.Take(top).Select((e, i) => (e, i + 1)))
        {
            var tts = e.Impact.TimeToSurviveDays is { } d ? F(d, "0") : "∞";
            var why = string.Join(zh ? "；" : "; ", e.Factors.Where(f => f.Source == "likelihood")
                .Take(1)
                .Concat(e.Factors.Where(f => f.Source == "impact").Take(1))
                .Select(f => f.Text.In(l)));
            output.WriteLine($"  {i,3} {Level(e.Level, l),-8} {F(e.Score, "0.0000"),7} {Percent(e.Probability),7} {Percent(e.Impact.StructuralImpact),7} {F(e.Impact.ExposureIndex, "0.00"),5} {F(e.Impact.TimeToRecoverDays, "0"),5} {tts,5}{(e.Impact.NeedsMitigation ? "!" : " ")} {e.Name}{(zh ? $"（{Location(e.Location, l)}）" : $" ({Location(e.Location, l)})")} · {why}");
        }
        output.WriteLine((zh
            ? "  环节："
            : "  segments: ") + string.Join(zh ? "、" : ", ", chain.Segments.Take(5)
            .Select(s => $"{s.Name}{(s.Key ? "*" : "")} {F(s.Score, "0.000")} [{Level(s.Level, l)}]")));
        WriteInactive(output, chain, top, l);
    }

    // 核实供应记录: firms not ranked because they already failed, with what their records claim and why they are suspect.
    private static void WriteInactive(TextWriter output, ChainRisk chain, int top, Language l)
    {
        if (chain.Inactive.Count == 0) return;
        var zh = l == Language.Zh;
        output.WriteLine(zh
            ? $"  不计入风险排名（已关停、停产或近期关停，供应按已中断计算；核实供应记录，{chain.Inactive.Count} 家）："
            : $"  not ranked (closed, suspended or recently closed; supply counted as already lost; verify the supply records, {chain.Inactive.Count} firms):");
        foreach (var f in chain.Inactive.Take(top))
        {
            var value = f.ClaimedAnnualValue is { } v ? (zh ? $"，合计 {F(v, "#,0")} 万元/年" : $", {F(v, "#,0")} 万元 a year") : "";
            var claim = f.Records.Count == 0
                ? (zh ? "无向本地企业的供应记录" : "no supply record to a local firm")
                : zh ? $"记录显示向 {string.Join("、", f.Records.Select(r => r.CustomerName).Distinct().Take(2))} 等供应（{f.Records.Count} 条{value}）"
                     : $"recorded as supplying {string.Join(", ", f.Records.Select(r => r.CustomerName).Distinct().Take(2))} ({f.Records.Count} records{value})";
            output.WriteLine(zh ? $"    - {f.Name}：{f.Reason.Zh}；{claim}" : $"    - {f.Name}: {f.Reason.En}; {claim}");
        }
    }

    private static string Level(RiskLevel level, Language l) => l == Language.En ? Word(level) : level switch
    {
        RiskLevel.Critical => "严重",
        RiskLevel.High => "高",
        RiskLevel.Medium => "中",
        _ => "低",
    };

    private static string Location(Location location, Language l) =>
        l == Language.En ? Word(location) : BriefingVocabulary.Chinese(location);

    private static object ChainJson(ChainRisk c, int top, Language l) => new
    {
        chain = c.ChainId, c.Name, c.Score, level = Word(c.Level), c.NeedsMitigation,
        resilience = c.Resilience is { } r ? new { r.RandomArea, r.TargetedArea, curve = r.Curve } : null,
        segments = c.Segments.Select(s => new { segment = s.SegmentId, s.Name, s.Key, s.Enterprises, s.Score, level = Word(s.Level),
        s.NeedsMitigation, s.TopEnterpriseIds }),
        enterprises = c.Enterprises.Take(top).Select(e => EnterpriseJson(e, 5, l)),
        inactive = c.Inactive.Select(f => new
        {
            enterprise = f.EnterpriseId, f.Name, segments = f.SegmentIds, standing = Word(f.Standing), status = Word(f.Status),
            closureDate = f.ClosureDate, reason = f.Reason.In(l), claimedAnnualValue = f.ClaimedAnnualValue,
            records = f.Records.Select(r => new { customer = r.CustomerId, customerName = r.CustomerName, segment = r.SegmentId, r.Share,
            r.AnnualValue }),
        }),
    };

    private static object EnterpriseJson(EnterpriseRisk e, int contributions, Language l) => new
    {
        enterprise = e.EnterpriseId, e.Name, chain = e.ChainId, segments = e.SegmentIds, location = Word(e.Location), e.Score,
        level = Word(e.Level), likelihood = e.Likelihood is { } p ? new
        {
            p.Probability, p.Logit, p.Baseline, model = Word(p.Model),
            contributions = p.Top(contributions).Select(c => new { feature = c.Feature, c.Value, c.Contribution }),
        } : null,
        impact = new
        {
            e.Impact.StructuralImpact, e.Impact.ExposureIndex, e.Impact.LostOutput, e.Impact.TimeToRecoverDays, e.Impact.TimeToSurviveDays,
            e.Impact.NeedsMitigation,
            owners = e.Impact.Owners.Select(o => new { owner = o.OwnerId, o.Weight, segment = o.SegmentId, o.InputLost, o.NetLoss,
            o.InventoryDays, o.TimeToSurviveDays }),
            chokepoints = e.Impact.Chokepoints.Select(c => c.In(l)),
        },
        factors = e.Factors.Select(f => new { f.Source, f.Name, f.Value, detail = f.Text.In(l) }),
    };

    private static string Word<T>(T value) where T : struct, Enum => Vocabulary.Word(value);

    private static string F(double value, string format) =>
        double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
