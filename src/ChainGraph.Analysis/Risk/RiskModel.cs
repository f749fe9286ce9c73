using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Learning;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Scoring;
using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Analysis.Risk;

/// <summary>
/// A trained, calibrated likelihood model with everything needed to trust it: the feature list and options, the training
/// metadata (time split, sizes, seed) and the held-out metrics of every model it holds, including the rule baseline.
/// <see cref="Score(Dataset, DateOnly?, LikelihoodModelKind?, CancellationToken, int?)"/> scores and explains every enterprise.
/// Immutable and safe to share between threads; persisted as a zip of versioned JSON and ML.NET models
/// (<see cref="WriteTo"/> / <see cref="ReadFrom"/>, <see cref="RiskModelArchive"/>).
/// </summary>
public sealed class RiskModel
{
    public const string FormatName = "chaingraph-risk-model";
    public const int FormatVersion = 3;

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
    /// Scores every live enterprise that exists at <paramref name="asOf"/> (default: the end of the dataset's recorded history,
    /// i.e. "the next <see cref="TrainingMetadata.HorizonMonths"/> months from now"). Closed, suspended and recently closed
    /// firms (<see cref="Chains.FirmStatus.Judge"/> with <paramref name="recentClosureMonths"/>, default the analysis settings') get no
    /// score: they already failed.
    /// </summary>
    public LikelihoodScores Score(Dataset dataset, DateOnly? asOf = null, LikelihoodModelKind? kind = null,
        CancellationToken cancellationToken = default, int? recentClosureMonths = null) =>
        Score(new FeatureBuilder(dataset, FeatureOptions, cancellationToken), asOf, kind, recentClosureMonths);

    /// <summary>
    /// Scores with features from <paramref name="features"/>, which must have been built with <see cref="FeatureOptions"/>.
    /// </summary>
    public LikelihoodScores Score(FeatureBuilder features, DateOnly? asOf = null, LikelihoodModelKind? kind = null,
        int? recentClosureMonths = null)
    {
        if (!SameOptions(features.Options, FeatureOptions))
            throw new ArgumentException("the feature builder's options differ from the model's", nameof(features));
        var model = Kind(kind);
        var date = asOf ?? (features.History.Count > 0 ? features.HistoryEnd : Training.HistoryEnd);
        var matrix = features.BuildLive(date, recentClosureMonths ?? Chains.AnalysisSettings.Default.RecentClosureMonths);
        var scores = new LikelihoodScore[matrix.RowCount];
        for (var row = 0; row < matrix.RowCount; row++) scores[row] = Explain(features, matrix, row, model);
        return new LikelihoodScores(date, Training.HorizonMonths, model, scores);
    }

    /// <summary>Calibrated probability for one row of feature values (columns as <see cref="Features"/>).</summary>
    public double Probability(ReadOnlySpan<double> features, LikelihoodModelKind? kind = null) => _models[Kind(kind)].Probability(features);

    /// <summary>Writes the model file (a zip: <c>model.json</c> and the ML.NET models saved with <c>mlContext.Model.Save</c>).</summary>
    public void WriteTo(Stream stream) => RiskModelArchive.Write(stream, Document(), _models);

    /// <summary>Reads a model file; throws <see cref="InvalidDataException"/> when it is not one this version can score with.</summary>
    public static RiskModel ReadFrom(Stream stream)
    {
        var (d, models) = RiskModelArchive.Read(stream);
        return new RiskModel(d.FeatureOptions, d.Training, d.Primary, d.Evaluations, models);
    }

    internal LikelihoodScore Explain(FeatureBuilder features, FeatureMatrix matrix, int row, LikelihoodModelKind kind)
    {
        var enterprise = matrix.Enterprises[row];
        var id = features.Dataset.Enterprises[enterprise].Id;
        var fitted = _models[kind];
        var x = matrix.Row(row);
        Span<double> phi = stackalloc double[FeatureCatalog.Count];
        fitted.Model.Contributions(x, phi);
        var contributions = new FeatureContribution[phi.Length];
        for (var j = 0; j < phi.Length; j++) contributions[j] = new FeatureContribution(FeatureCatalog.Names[j], x[j], phi[j]);
        var logit = fitted.Model.Raw(x);
        var ordered = contributions.OrderByDescending(c => Math.Abs(c.Contribution))
            .ThenBy(c => c.Feature, StringComparer.Ordinal)
            .ToArray();
        return new LikelihoodScore(id, enterprise, kind, fitted.Calibrator.Apply(logit), logit, fitted.Model.Baseline, ordered);
    }

    internal FittedModel Fitted(LikelihoodModelKind kind) => _models[kind];

    private LikelihoodModelKind Kind(LikelihoodModelKind? kind)
    {
        var chosen = kind ?? Primary;
        return _models.ContainsKey(chosen) ? chosen : throw new ArgumentException($"the model holds no {chosen} model", nameof(kind));
    }

    private RiskModelDocument Document() => new(
        FormatName, FormatVersion, Features, FeatureOptions, Primary, Training, Evaluations, Kinds,
        (Model(LikelihoodModelKind.Logistic) as LogisticModel)?.Standardizer,
        (Model(LikelihoodModelKind.Gbdt) as TreeEnsemble)?.Trees.Select(t => t.Cover).ToArray(),
        (Model(LikelihoodModelKind.Rule) as RuleModel) ?? RuleModel.Default);

    private IScoringModel? Model(LikelihoodModelKind kind) => _models.TryGetValue(kind, out var fitted) ? fitted.Model : null;

    private static bool SameOptions(FeatureOptions a, FeatureOptions b) =>
        ReferenceEquals(a, b) || (a.SoleSourceShare == b.SoleSourceShare && a.YoungYears == b.YoungYears
            && a.ExportControlledSegments.SequenceEqual(b.ExportControlledSegments)
                && a.ControllingCountries.SequenceEqual(b.ControllingCountries));
}
