using ChainGraph.Analysis.Risk.Models;
using Microsoft.ML;

namespace ChainGraph.Analysis.Risk.Learning;

/// <summary>Fits ML.NET's Platt or isotonic calibrator on a model's raw scores of held-out rows.</summary>
internal static class ScoreCalibrator
{
    public static Calibrator Fit(MLContext ml, CalibrationMethod method, IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var data = MlData.Scores(ml, scores, labels);
        ITransformer transformer = method == CalibrationMethod.Platt
            ? ml.BinaryClassification.Calibrators.Platt(MlData.Label, MlData.Score).Fit(data)
            : ml.BinaryClassification.Calibrators.Isotonic(MlData.Label, MlData.Score).Fit(data);
        return new Calibrator(method, transformer);
    }
}
