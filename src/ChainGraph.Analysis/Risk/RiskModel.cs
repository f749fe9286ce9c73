using System.Text.Json;
using ChainGraph.Analysis.Domain;
using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Scoring;
using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Analysis.Risk;

/// <summary>
/// A trained, calibrated likelihood model with everything needed to trust it: the feature list and options, the training
/// metadata (time split, sizes, seed) and the held-out metrics of every model it holds, including the rule baseline.
/// <see cref="Score(Dataset, DateOnly?, LikelihoodModelKind?, CancellationToken)"/> scores and explains every enterprise.
/// Immutable and safe to share between threads; persisted as versioned JSON (<see cref="ToJson"/> / <see cref="FromJson"/>).
/// </summary>
public sealed class RiskModel
{
    public const string FormatName = "chaingraph-risk-model";
    public const int FormatVersion = 1;

    private readonly IReadOnlyDictionary<LikelihoodModelKind, FittedModel> _models;

    internal RiskModel(FeatureOptions featureOptions, TrainingMetadata training, LikelihoodModelKind primary,
        IReadOnlyList<ModelEvaluation> evaluations, IReadOnlyDictionary<LikelihoodModelKind, FittedModel> models)
    {
        FeatureOptions = featureOptions;
        Training = training;
        Primary = primary;
        Evaluations = evaluations;
        _models = models;
    }

    /// <summary>Input names in column order (<see cref="FeatureCatalog"/>).</summary>
    public IReadOnlyList<string> Features => FeatureCatalog.Names;

    public FeatureOptions FeatureOptions { get; }

    public TrainingMetadata Training { get; }

    /// <summary>The model scores come from unless another is asked for: the learned model with the best validation ROC AUC.</summary>
    public LikelihoodModelKind Primary { get; }

    /// <summary>Held-out metrics of every model, the rule baseline last.</summary>
    public IReadOnlyList<ModelEvaluation> Evaluations { get; }

    public IReadOnlyList<LikelihoodModelKind> Kinds => [.. _models.Keys.Order()];

    public ModelEvaluation Evaluation(LikelihoodModelKind kind) =>
        Evaluations.FirstOrDefault(e => e.Kind == kind) ?? throw new KeyNotFoundException($"the model holds no {kind} model");

    /// <summary>
    /// Scores every enterprise that exists at <paramref name="asOf"/> (default: the end of the dataset's recorded history,
    /// i.e. "the next <see cref="TrainingMetadata.HorizonMonths"/> months from now").
    /// </summary>
    public LikelihoodScores Score(Dataset dataset, DateOnly? asOf = null, LikelihoodModelKind? kind = null, CancellationToken cancellationToken = default) =>
        Score(new FeatureBuilder(dataset, FeatureOptions, cancellationToken), asOf, kind);

    /// <summary>Scores with features from <paramref name="features"/>, which must have been built with <see cref="FeatureOptions"/>.</summary>
    public LikelihoodScores Score(FeatureBuilder features, DateOnly? asOf = null, LikelihoodModelKind? kind = null)
    {
        if (!SameOptions(features.Options, FeatureOptions)) throw new ArgumentException("the feature builder's options differ from the model's", nameof(features));
        var model = Kind(kind);
        var date = asOf ?? (features.History.Count > 0 ? features.HistoryEnd : Training.HistoryEnd);
        var matrix = features.Build(date, atRiskOnly: false);
        var scores = new LikelihoodScore[matrix.RowCount];
        for (var row = 0; row < matrix.RowCount; row++) scores[row] = Explain(features, matrix, row, model);
        return new LikelihoodScores(date, Training.HorizonMonths, model, scores);
    }

    /// <summary>Calibrated probability for one row of feature values (columns as <see cref="Features"/>).</summary>
    public double Probability(ReadOnlySpan<double> features, LikelihoodModelKind? kind = null) => _models[Kind(kind)].Probability(features);

    public string ToJson() => JsonSerializer.Serialize(Document(), RiskModelDocument.Json);

    public void WriteTo(Stream stream) => JsonSerializer.Serialize(stream, Document(), RiskModelDocument.Json);

    /// <summary>Reads a model file; throws <see cref="InvalidDataException"/> when it is not one this version can score with.</summary>
    public static RiskModel FromJson(string json) => FromDocument(Parse(() => JsonSerializer.Deserialize<RiskModelDocument>(json, RiskModelDocument.Json)));

    public static RiskModel ReadFrom(Stream stream) => FromDocument(Parse(() => JsonSerializer.Deserialize<RiskModelDocument>(stream, RiskModelDocument.Json)));

    internal LikelihoodScore Explain(FeatureBuilder features, FeatureMatrix matrix, int row, LikelihoodModelKind kind)
    {
        var enterprise = matrix.Enterprises[row];
        var id = features.Dataset.Enterprises[enterprise].Id;
        if (features.ClosedBefore(enterprise, matrix.AsOf) is { } closed)
            return new LikelihoodScore(id, enterprise, kind, 1, 0, 0, [], closed);
        var fitted = _models[kind];
        var x = matrix.Row(row);
        Span<double> phi = stackalloc double[FeatureCatalog.Count];
        fitted.Model.Contributions(x, phi);
        var contributions = new FeatureContribution[phi.Length];
        for (var j = 0; j < phi.Length; j++) contributions[j] = new FeatureContribution(FeatureCatalog.Names[j], x[j], phi[j]);
        var logit = fitted.Model.Raw(x);
        var ordered = contributions.OrderByDescending(c => Math.Abs(c.Contribution)).ThenBy(c => c.Feature, StringComparer.Ordinal).ToArray();
        return new LikelihoodScore(id, enterprise, kind, fitted.Calibrator.Apply(logit), logit, fitted.Model.Baseline, ordered);
    }

    internal FittedModel Fitted(LikelihoodModelKind kind) => _models[kind];

    private LikelihoodModelKind Kind(LikelihoodModelKind? kind)
    {
        var chosen = kind ?? Primary;
        return _models.ContainsKey(chosen) ? chosen : throw new ArgumentException($"the model holds no {chosen} model", nameof(kind));
    }

    private RiskModelDocument Document() => new(
        FormatName, FormatVersion, Features, FeatureOptions, Primary, Training, Evaluations,
        Get<LogisticModel>(LikelihoodModelKind.Logistic, out var logistic), logistic,
        Get<TreeEnsemble>(LikelihoodModelKind.Gbdt, out var gbdt), gbdt,
        Get<RuleModel>(LikelihoodModelKind.Rule, out var rule)!, rule!);

    private T? Get<T>(LikelihoodModelKind kind, out Calibrator? calibrator) where T : class
    {
        calibrator = _models.TryGetValue(kind, out var fitted) ? fitted.Calibrator : null;
        return fitted?.Model as T;
    }

    private static RiskModelDocument Parse(Func<RiskModelDocument?> read)
    {
        try
        {
            return read() ?? throw new InvalidDataException("the model file is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a risk model file: {e.Message}", e);
        }
    }

    private static RiskModel FromDocument(RiskModelDocument d)
    {
        if (d.Format != FormatName) throw new InvalidDataException($"not a risk model file (format '{d.Format}', expected '{FormatName}')");
        if (d.Version != FormatVersion) throw new InvalidDataException($"risk model format version {d.Version} is not supported (this build reads {FormatVersion}); retrain with `chaingraph train`");
        if (d.Features is null || d.FeatureOptions is null || d.Training is null || d.Evaluations is null || d.Rule is null || d.RuleCalibration is null)
            throw new InvalidDataException("the model file is incomplete; retrain with `chaingraph train`");
        if (!d.Features.SequenceEqual(FeatureCatalog.Names)) throw new InvalidDataException("the model was trained on a different feature list; retrain with `chaingraph train`");
        var models = new Dictionary<LikelihoodModelKind, FittedModel> { [LikelihoodModelKind.Rule] = new(d.Rule, d.RuleCalibration) };
        if (d.Logistic is not null) models[LikelihoodModelKind.Logistic] = new(d.Logistic, d.LogisticCalibration ?? Calibrator.Identity);
        if (d.Gbdt is not null) models[LikelihoodModelKind.Gbdt] = new(d.Gbdt, d.GbdtCalibration ?? Calibrator.Identity);
        if (!models.ContainsKey(d.Primary)) throw new InvalidDataException($"the primary model '{d.Primary}' is missing from the file");
        return new RiskModel(d.FeatureOptions, d.Training, d.Primary, d.Evaluations, models);
    }

    private static bool SameOptions(FeatureOptions a, FeatureOptions b) =>
        ReferenceEquals(a, b) || (a.SoleSourceShare == b.SoleSourceShare && a.YoungYears == b.YoungYears
            && a.ExportControlledSegments.SequenceEqual(b.ExportControlledSegments) && a.ControllingCountries.SequenceEqual(b.ControllingCountries));
}
