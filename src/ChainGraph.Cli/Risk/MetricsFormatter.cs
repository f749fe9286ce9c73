using System.Globalization;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Metrics;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Risk;

/// <summary>
/// Prints a trained model's split, held-out metrics per model (rule baseline included) and the primary model's calibration
/// table; in Chinese by default (the model descriptions, technical names of the fitted models, only in English).
/// </summary>
public static class MetricsFormatter
{
    public static void Write(TextWriter output, RiskModel model, Language language = Language.Zh)
    {
        if (language == Language.En) { WriteEnglish(output, model); return; }
        var t = model.Training;
        output.WriteLine(
            $"时间切分：历史 {t.HistoryStart:yyyy-MM-dd} – {t.HistoryEnd:yyyy-MM-dd}，预测期 {t.HorizonMonths} 个月，检验起点 {t.Cutoff:yyyy-MM-dd}");
        foreach (var w in t.Windows)
            output.WriteLine($"  {Window(w.Role),-6} {w.Start:yyyy-MM-dd} – {w.End:yyyy-MM-dd}  {w.Rows,8:N0} 行  {w.Positives,6:N0} 行有事件（{Percent(w.Rows == 0 ? 0 : (double)w.Positives / w.Rows)}）");
        output.WriteLine($"  校准（及树模型提前停止）所用数据：{t.CalibrationRows:N0} 行，{t.CalibrationPositives:N0} 行有事件");
        output.WriteLine();
        output.WriteLine("检验期（留出）指标：");
        output.WriteLine($"  {"模型",-8} {"ROC AUC",8} {"PR AUC",8} {"Brier",8} {"对数损失",7} {"前10%提升",7}");
        foreach (var e in model.Evaluations)
        {
            var m = e.Test;
            output.WriteLine($" {(e.Kind == model.Primary ? "*" : " ")}{ChineseName(e.Kind),-9} {F(m.RocAuc),8} {F(m.PrAuc),8} {F(m.Brier, "0.0000"),8} {F(m.LogLoss, "0.0000"),9} {F(m.TopDecileLift, "0.00"),9}");
        }
        var test = model.Evaluation(model.Primary).Test;
        output.WriteLine($"  （* 主模型；基准事件率 {Percent(test.BaseRate)}，{test.Rows:N0} 家企业中 {test.Positives:N0} 家）");
        output.WriteLine();
        output.WriteLine($"{ChineseName(model.Primary)}模型在检验期的校准（按预测概率十分位）：");
        output.WriteLine($"  {"分位",4} {"行数",6} {"事件",6} {"预测",9} {"实际",9}");
        foreach (var b in test.Calibration)
            output.WriteLine($"  {b.Bin,6} {b.Count,6} {b.Positives,7} {Percent(b.MeanPredicted),10} {Percent(b.ObservedRate),9}");
    }

    private static string ChineseName(LikelihoodModelKind kind) => Name(kind) switch
    {
        "logistic" => "逻辑回归",
        "gbdt" => "梯度提升树",
        "rule" => "规则基线",
        var other => other,
    };

    private static string Window(Analysis.Risk.Training.WindowRole role) => Vocabulary(role) switch
    {
        "fit" => "训练",
        "calibration" => "校准",
        "test" => "检验",
        var other => other,
    };

    private static void WriteEnglish(TextWriter output, RiskModel model)
    {
        var t = model.Training;
        output.WriteLine($"time split: history {t.HistoryStart:yyyy-MM-dd} – {t.HistoryEnd:yyyy-MM-dd}, horizon {t.HorizonMonths} months, cutoff {t.Cutoff:yyyy-MM-dd}");
        foreach (var w in t.Windows)
            output.WriteLine($"  {Vocabulary(w.Role),-11} {w.Start:yyyy-MM-dd} – {w.End:yyyy-MM-dd}  {w.Rows,8:N0} rows  {w.Positives,6:N0} with an event ({Percent(w.Rows == 0 ? 0 : (double)w.Positives / w.Rows)})");
        output.WriteLine($"  calibrated (and trees stopped early) on {t.CalibrationSource}: {t.CalibrationRows:N0} rows, {t.CalibrationPositives:N0} with an event");
        output.WriteLine();
        output.WriteLine("held-out (test window) metrics:");
        output.WriteLine($"  {"model",-9} {"ROC AUC",8} {"PR AUC",8} {"Brier",8} {"log loss",9} {"lift@10%",9}  fit");
        foreach (var e in model.Evaluations)
        {
            var m = e.Test;
            var mark = e.Kind == model.Primary ? "*" : " ";
            output.WriteLine($" {mark}{Name(e.Kind),-9} {F(m.RocAuc),8} {F(m.PrAuc),8} {F(m.Brier, "0.0000"),8} {F(m.LogLoss, "0.0000"),9} {F(m.TopDecileLift, "0.00"),9}  {e.Summary}");
        }
        var test = model.Evaluation(model.Primary).Test;
        output.WriteLine($"  (* primary; base rate {Percent(test.BaseRate)}, {test.Positives:N0} of {test.Rows:N0} enterprises)");
        output.WriteLine();
        WriteCalibration(output, model.Primary, test.Calibration);
    }

    public static void WriteCalibration(TextWriter output, LikelihoodModelKind kind, IReadOnlyList<CalibrationBin> bins)
    {
        output.WriteLine($"calibration of {Name(kind)} on the test window (deciles of predicted probability):");
        output.WriteLine($"  {"decile",6} {"rows",6} {"events",7} {"predicted",10} {"observed",9}");
        foreach (var b in bins)
            output.WriteLine($"  {b.Bin,6} {b.Count,6} {b.Positives,7} {Percent(b.MeanPredicted),10} {Percent(b.ObservedRate),9}");
    }

    public static string Name(LikelihoodModelKind kind) => kind.ToString().ToLowerInvariant();

    private static string Vocabulary(Analysis.Risk.Training.WindowRole role) => role.ToString().ToLowerInvariant();

    private static string F(double value, string format = "0.000") =>
        double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.00%", CultureInfo.InvariantCulture);
}
