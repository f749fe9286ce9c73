namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// Weights of the indicators in the composite score (normalised to sum to 1 when used). Defaults: technology 0.20,
/// value added 0.20, tax 0.15, energy 0.15, labour intensity 0.10, scale 0.10, growth 0.10 — the 2009 transfer plan lists technology,
/// value added, growth and tax first as the marks of a firm to support; energy and labour mark the ones to transfer.
/// </summary>
public sealed record EvaluationWeights
{
    public double Technology { get; init; } = 0.20;
    public double ValueAdded { get; init; } = 0.20;
    public double Tax { get; init; } = 0.15;
    public double Energy { get; init; } = 0.15;
    public double Labour { get; init; } = 0.10;
    public double Scale { get; init; } = 0.10;
    public double Growth { get; init; } = 0.10;

    public static EvaluationWeights Default { get; } = new();

    public double Of(EvaluationIndicator indicator) => indicator switch
    {
        EvaluationIndicator.Technology => Technology,
        EvaluationIndicator.ValueAdded => ValueAdded,
        EvaluationIndicator.Tax => Tax,
        EvaluationIndicator.Energy => Energy,
        EvaluationIndicator.Labour => Labour,
        EvaluationIndicator.Scale => Scale,
        _ => Growth,
    };

    /// <summary>These weights with <paramref name="indicator"/>'s set to <paramref name="weight"/>.</summary>
    public EvaluationWeights With(EvaluationIndicator indicator, double weight) => indicator switch
    {
        EvaluationIndicator.Technology => this with { Technology = weight },
        EvaluationIndicator.ValueAdded => this with { ValueAdded = weight },
        EvaluationIndicator.Tax => this with { Tax = weight },
        EvaluationIndicator.Energy => this with { Energy = weight },
        EvaluationIndicator.Labour => this with { Labour = weight },
        EvaluationIndicator.Scale => this with { Scale = weight },
        _ => this with { Growth = weight },
    };

    public double Total => Enum.GetValues<EvaluationIndicator>().Sum(Of);
}
