using ChainGraph.Application;
using ChainGraph.Domain;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Training;
using ChainGraph.Cli.Commands;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Risk;

/// <summary>
/// The model `risk` scores with: the saved current model, or — when there is none — one trained on the fly with the
/// default options (said on stderr, not saved). Warns when the model was trained on another version of the data.
/// </summary>
public static class ModelLoader
{
    public static RiskModel Load(string? explicitPath, string? storePath, Dataset dataset, TextWriter error, CancellationToken token)
    {
        var path = RiskModelFile.PathFor(explicitPath, storePath);
        RiskModel? model;
        try
        {
            model = RiskModelFile.TryRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
        if (model is null && explicitPath is not null) throw new UsageException($"no model file at {path}");
        if (model is null)
        {
            error.WriteLine(
                $"no trained model at {path}: training one now with the default options (not saved; run `chaingraph train` to keep one)");
            return TrainCommand.Train(dataset, TrainingOptions.Default, token);
        }
        if (model.Training.DatasetVersion != dataset.Version)
            error.WriteLine($"note: the model was trained on data version {model.Training.DatasetVersion}, the store is at version {dataset.Version}; run `chaingraph train` to retrain");
        return model;
    }
}
