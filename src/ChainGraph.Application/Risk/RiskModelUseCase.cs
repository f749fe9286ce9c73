using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Training;
using ChainGraph.Domain;
using ChainGraph.Storage;

namespace ChainGraph.Application.Risk;

/// <summary>
/// Training and choosing the risk model, the same for the API and the CLI: `chaingraph train` trains on the store and
/// saves the model where <see cref="RiskModelFile.PathFor"/> says; the API and `chaingraph risk` score with that file, or,
/// when there is none, with a model trained on the data at hand with the default options (and say so).
/// </summary>
public static class RiskModelUseCase
{
    /// <summary>Trains on <paramref name="store"/>'s data and saves the model at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidRequestException">The data cannot give what the options ask (too little history).</exception>
    public static async Task<RiskModel> TrainAsync(IGraphStore store, TrainingOptions options, string path,
        CancellationToken cancellationToken = default)
    {
        var model = Train(await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false), options, cancellationToken);
        RiskModelFile.Write(model, path);
        return model;
    }

    /// <summary>Trains on <paramref name="dataset"/>.</summary>
    /// <exception cref="InvalidRequestException">The data cannot give what the options ask (too little history).</exception>
    public static RiskModel Train(Dataset dataset, TrainingOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            return RiskModelTrainer.Train(dataset, options, TimeProvider.System, cancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new InvalidRequestException($"cannot train: {e.Message}");
        }
    }

    /// <summary>
    /// The model in the file at <paramref name="path"/>, or one trained on <paramref name="dataset"/> with the default options
    /// when there is no file; <see cref="ModelChoice.Source"/> says which, and <see cref="ModelChoice.Trained"/> is true for
    /// the second.
    /// </summary>
    /// <exception cref="InvalidDataException">The file exists but is not a model this build reads.</exception>
    public static ModelChoice Choose(string path, Dataset dataset, CancellationToken cancellationToken = default) =>
        RiskModelFile.TryRead(path) is { } model
            ? new ModelChoice(model, $"file {path}")
            : new ModelChoice(Train(dataset, TrainingOptions.Default, cancellationToken),
                $"trained on data version {dataset.Version} with the default options (no model file at {path})", Trained: true);
}
