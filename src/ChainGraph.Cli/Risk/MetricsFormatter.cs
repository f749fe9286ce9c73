using System.Globalization;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Metrics;
using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Cli.Risk;

/// <summary>Prints a trained model's split, held-out metrics per model (rule baseline included) and the primary model's calibration table.</summary>
public static class MetricsFormatter
{
    public static void Write(TextWriter output, RiskModel model)
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
        foreach (var b in bins) output.WriteLine($"  {b.Bin,6} {b.Count,6} {b.Positives,7} {Percent(b.MeanPredicted),10} {Percent(b.ObservedRate),9}");
    }

    public static string Name(LikelihoodModelKind kind) => kind.ToString().ToLowerInvariant();

    private static string Vocabulary(Analysis.Risk.Training.WindowRole role) => role.ToString().ToLowerInvariant();

    private static string F(double value, string format = "0.000") => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.00%", CultureInfo.InvariantCulture);
}
