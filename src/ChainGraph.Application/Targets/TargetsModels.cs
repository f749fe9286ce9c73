using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Application.Results;
using ChainGraph.Domain;
using ChainGraph.Storage;

namespace ChainGraph.Application.Targets;

/// <summary>
/// The persisted <see cref="TargetsModel"/>s of a store, one entry per chain in its <see cref="ResultCache"/> (same
/// atomic, checksummed files), keyed by the store, its data version, the build that computes the model, the chain and
/// the rules file's contents (<paramref name="rulesPath"/>, null for the default baselines). Every other setting is the
/// build's default, and the as-of date comes from the data, so these parts name the answer. An entry that fails its
/// checks or does not read as a model is a miss (<see cref="LastProblem"/>). One instance is for one thread.
/// </summary>
public sealed class TargetsModels(ResultCache cache, string? rulesPath = null)
{
    private static readonly Lazy<string> Build = new(() => BuildIdentity.Of(typeof(TargetsModels).Assembly,
        typeof(ChainAnalyzer).Assembly, typeof(Dataset).Assembly, typeof(IGraphStore).Assembly));

    /// <summary>The cache the models live in.</summary>
    public ResultCache Cache { get; } = cache;

    /// <summary>Why the last <see cref="TryGet"/> missed, or the last store failed; null after a hit or a stored model.</summary>
    public string? LastProblem { get; private set; }

    /// <summary>The models beside the store at <paramref name="storeLocation"/> (<see cref="ResultCache.FolderFor"/>).</summary>
    public static TargetsModels For(string storeLocation, string? rulesPath = null) =>
        new(new ResultCache(ResultCache.FolderFor(storeLocation)), rulesPath);

    /// <summary>The key of chain <paramref name="chainId"/>'s model of the store at <paramref name="storeLocation"/>.</summary>
    public ResultKey KeyFor(string storeLocation, long dataVersion, string chainId) =>
        ResultKey.For("targets-model", storeLocation, dataVersion, Build.Value)
            .With("chain", chainId)
            .With("candidates", TargetsModel.MaxCandidates.ToString(CultureInfo.InvariantCulture))
            .WithFile("rules", rulesPath);

    /// <summary>The key of chain <paramref name="chainId"/>'s model of <paramref name="store"/> at its current data version.</summary>
    public async Task<ResultKey> KeyForAsync(IGraphStore store, string chainId, CancellationToken cancellationToken = default) =>
        KeyFor(store.Location, await store.GetVersionAsync(cancellationToken).ConfigureAwait(false), chainId);

    /// <summary>The model stored under <paramref name="key"/>, or null (and <see cref="LastProblem"/>) without a sound one.</summary>
    public TargetsModel? TryGet(ResultKey key)
    {
        if (Cache.TryGet(key) is not { } text)
        {
            LastProblem = Cache.LastProblem;
            return null;
        }
        var model = TargetsModelJson.TryRead(text, out var problem);
        LastProblem = problem;
        return model;
    }

    /// <summary>True when a sound entry holds <paramref name="key"/>'s model (checked, not read).</summary>
    public bool Has(ResultKey key) => Cache.TryGet(key) is not null;

    /// <summary>
    /// Stores <paramref name="model"/> under <paramref name="key"/>; a failure costs only speed (<see cref="LastProblem"/>).
    /// </summary>
    public void Add(ResultKey key, TargetsModel model)
    {
        Cache.Add(key, TargetsModelJson.Write(model));
        LastProblem = Cache.LastProblem;
    }

    /// <summary>
    /// Builds and stores the model of every chain of <paramref name="analyzer"/>'s data that has none yet, up to
    /// <paramref name="chainsAtOnce"/> chains in parallel (the analyzer is shared safely; all cores when null). The
    /// analyzer's settings must be the defaults with the rules file's baselines, the ones the key names.
    /// </summary>
    /// <exception cref="ArgumentException">The analyzer's settings differ from the defaults beyond the baselines.</exception>
    public PreparedModels Prepare(ChainAnalyzer analyzer, string storeLocation, CancellationToken cancellationToken = default,
        int? chainsAtOnce = null)
    {
        if (analyzer.Settings with { Baselines = AnalysisSettings.Default.Baselines } != AnalysisSettings.Default
            || (rulesPath is null && analyzer.Settings != AnalysisSettings.Default))
            throw new ArgumentException("the models are keyed by the rules file alone: the other settings must be the defaults",
                nameof(analyzer));
        var chains = analyzer.Index.Chains.Select(c => (Id: c.Id, Key: KeyFor(storeLocation, analyzer.Index.Dataset.Version, c.Id)))
            .ToList();
        var pending = chains.Where(c => !Has(c.Key));
        (ResultKey Key, TargetsModel Model) Build((string Id, ResultKey Key) c) =>
            (c.Key, TargetsModel.Build(analyzer, c.Id, cancellationToken));
        // One at a time runs on the calling thread, so the analyses' own parallel loops stay on the caller's scheduler.
        List<(ResultKey Key, TargetsModel Model)> models = chainsAtOnce == 1
            ? [.. pending.Select(Build)]
            : pending.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .WithDegreeOfParallelism(chainsAtOnce ?? Environment.ProcessorCount).Select(Build).ToList();
        foreach (var (key, model) in models) Add(key, model);
        return new PreparedModels(chains.Count, models.Count);
    }

    /// <summary>Loads <paramref name="store"/>'s data and <see cref="Prepare"/>s its models with the default settings.</summary>
    /// <exception cref="InvalidOperationException">These models are keyed by a rules file (use <see cref="Prepare"/>).</exception>
    public async Task<PreparedModels> PrepareAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        if (rulesPath is not null)
            throw new InvalidOperationException("models keyed by a rules file are prepared from an analyzer with its baselines");
        var dataset = await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false);
        return Prepare(new ChainAnalyzer(dataset), store.Location, cancellationToken);
    }
}
