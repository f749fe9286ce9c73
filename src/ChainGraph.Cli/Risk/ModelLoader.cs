using ChainGraph.Application;
using ChainGraph.Domain;
using ChainGraph.Analysis.Risk;
using ChainGraph.Application.Risk;
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
        if (explicitPath is not null && !File.Exists(path)) throw new UsageException($"no model file at {path}");
        ModelChoice choice;
        try
        {
            choice = RiskModelUseCase.Choose(path, dataset, token);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
        var model = choice.Model;
        if (choice.Trained)
        {
            error.WriteLine(
                $"no trained model at {path}: trained one now with the default options (not saved; run `chaingraph train` to keep one)");
            return model;
        }
        if (model.Training.DatasetVersion != dataset.Version)
            error.WriteLine($"note: the model was trained on data version {model.Training.DatasetVersion}, the store is at version {dataset.Version}; run `chaingraph train` to retrain");
        return model;
    }
}
