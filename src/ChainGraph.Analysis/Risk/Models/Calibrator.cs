using Microsoft.ML;
using Microsoft.ML.Calibrators;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Maps a raw score to a probability: an ML.NET calibrator (Platt or isotonic, <see cref="Learning.ScoreCalibrator"/>)
/// fitted on rows the model was not trained on. <see cref="Transformer"/> is ML.NET's transformer, saved with the model;
/// <see cref="Apply"/> asks its calibrator directly (a pure function of the single-precision score: thread-safe).
/// </summary>
internal sealed class Calibrator(CalibrationMethod method, ITransformer transformer)
{
    private readonly ICalibrator _calibrator = (transformer as ISingleFeaturePredictionTransformer<ICalibrator>)?.Model
        ?? throw new InvalidDataException($"not an ML.NET calibrator ({transformer.GetType().Name}); retrain with `chaingraph train`");

    public CalibrationMethod Method { get; } = method;

    public ITransformer Transformer { get; } = transformer;

    public double Apply(double score) => _calibrator.PredictProbability((float)score);
}
