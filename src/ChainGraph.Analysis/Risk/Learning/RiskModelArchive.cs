using System.IO.Compression;
using System.Text.Json;
using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Models;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ChainGraph.Analysis.Risk.Learning;

/// <summary>
/// A risk model file: a zip holding <c>model.json</c> (<see cref="RiskModelDocument"/>) and, saved with ML.NET's
/// <c>mlContext.Model.Save</c>, each learned model (<c>logistic.zip</c>, <c>gbdt.zip</c>) and every calibrator
/// (<c>KIND.calibrator.zip</c>). Reading loads the ML.NET entries back and reads the parameters out of them, so a
/// reloaded model scores exactly as the one that was saved.
/// </summary>
internal static class RiskModelArchive
{
    private const string DocumentEntry = "model.json";

    public static void Write(Stream stream, RiskModelDocument document, IReadOnlyDictionary<LikelihoodModelKind, FittedModel> models)
    {
        var ml = new MLContext();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = zip.CreateEntry(DocumentEntry).Open()) JsonSerializer.Serialize(entry, document, RiskModelDocument.Json);
        foreach (var (kind, fitted) in models)
        {
            if (fitted.Learner is { } learner) Save(zip, LearnerEntry(kind), s => ml.Model.Save(learner, MlData.FeatureSchema(ml), s));
            Save(zip, CalibratorEntry(kind), s => ml.Model.Save(fitted.Calibrator.Transformer, MlData.ScoreSchema(ml), s));
        }
    }

    public static (RiskModelDocument Document, Dictionary<LikelihoodModelKind, FittedModel> Models) Read(Stream stream)
    {
        var ml = new MLContext();
        using var zip = Open(stream);
        var document = Document(zip);
        var models = new Dictionary<LikelihoodModelKind, FittedModel>();
        foreach (var kind in document.Models)
        {
            var calibrator = new Calibrator(document.Training.Calibration, Load(ml, zip, CalibratorEntry(kind)));
            var learner = kind == LikelihoodModelKind.Rule ? null : Load(ml, zip, LearnerEntry(kind));
            models[kind] = new FittedModel(Scorer(kind, learner, document), calibrator, learner);
        }
        return (document, models);
    }

    private static IScoringModel Scorer(LikelihoodModelKind kind, ITransformer? learner, RiskModelDocument document) => kind switch
    {
        LikelihoodModelKind.Logistic => LogisticTrainer.FromMlNet(Linear(learner!), document.LogisticStandardizer ?? throw Incomplete()),
        LikelihoodModelKind.Gbdt =>
            TreeConverter.Convert(BoostedTreesTrainer.Ensemble(learner!), document.TreeCovers ?? throw Incomplete()),
        _ => document.Rule,
    };

    private static LinearBinaryModelParameters Linear(
        ITransformer learner) => (learner as ISingleFeaturePredictionTransformer<object>)?.Model switch
    {
        Microsoft.ML.Calibrators.CalibratedModelParametersBase<LinearBinaryModelParameters, Microsoft.ML.Calibrators.PlattCalibrator> c =>
            c.SubModel,
        LinearBinaryModelParameters linear => linear,
        _ => throw new InvalidDataException("the logistic entry is not an ML.NET linear model; retrain with `chaingraph train`"),
    };

    private static ZipArchive Open(Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"not a risk model file (not a zip archive: {e.Message}); retrain with `chaingraph train`", e);
        }
    }

    private static RiskModelDocument Document(ZipArchive zip)
    {
        var entry = zip.GetEntry(DocumentEntry)
            ?? throw new InvalidDataException($"not a risk model file (no {DocumentEntry}); retrain with `chaingraph train`");
        RiskModelDocument? document;
        try
        {
            using var json = entry.Open();
            document = JsonSerializer.Deserialize<RiskModelDocument>(json, RiskModelDocument.Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a risk model file: {e.Message}", e);
        }
        return Check(document ?? throw new InvalidDataException("the model file is empty"));
    }

    private static RiskModelDocument Check(RiskModelDocument d)
    {
        if (d.Format != RiskModel.FormatName)
            throw new InvalidDataException($"not a risk model file (format '{d.Format}', expected '{RiskModel.FormatName}')");
        if (d.Version != RiskModel.FormatVersion) throw new InvalidDataException($"risk model format version {d.Version} is not supported (this build reads {RiskModel.FormatVersion}); retrain with `chaingraph train`");
        if (d.Features is null || d.FeatureOptions is null || d.Training is null || d.Evaluations is null || d.Rule is null
            || d.Models is null)
            throw Incomplete();
        if (!d.Features.SequenceEqual(FeatureCatalog.Names))
            throw new InvalidDataException("the model was trained on a different feature list; retrain with `chaingraph train`");
        if (!d.Models.Contains(d.Primary)) throw new InvalidDataException($"the primary model '{d.Primary}' is missing from the file");
        return d;
    }

    private static void Save(ZipArchive zip, string name, Action<Stream> save)
    {
        // ML.NET writes a zip of its own and needs a seekable stream; entry streams are write-only.
        using var buffer = new MemoryStream();
        save(buffer);
        using var entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        buffer.Position = 0;
        buffer.CopyTo(entry);
    }

    private static ITransformer Load(MLContext ml, ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"the model file has no {name}; retrain with `chaingraph train`");
        using var buffer = new MemoryStream();
        using (var source = entry.Open()) source.CopyTo(buffer);
        buffer.Position = 0;
        return ml.Model.Load(buffer, out _);
    }

    private static string LearnerEntry(LikelihoodModelKind kind) => $"{Name(kind)}.zip";

    private static string CalibratorEntry(LikelihoodModelKind kind) => $"{Name(kind)}.calibrator.zip";

    private static string Name(LikelihoodModelKind kind) => kind.ToString().ToLowerInvariant();

    private static InvalidDataException Incomplete() => new("the model file is incomplete; retrain with `chaingraph train`");
}
