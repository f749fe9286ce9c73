using ChainGraph.Application;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Storage;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Schema;

/// <summary>
/// The risk model the API scores with: the file `chaingraph train` writes (<c>ChainGraph:Risk:ModelPath</c>, default
/// <see cref="RiskModelFile.DefaultPath"/>: <c>risk-model.zip</c> next to the configured SQLite store, else in the data folder —
/// the path the CLI resolves too), or — when there is none — a model trained on the snapshot itself
/// (a few seconds on the sample; said in <c>riskModel.source</c>). One assessor per snapshot, cached.
/// </summary>
public sealed class RiskModels(IConfiguration configuration, IOptions<StoreOptions> store)
{
    public string ModelPath => configuration["ChainGraph:Risk:ModelPath"] is { Length: > 0 } path ? path : RiskModelFile.DefaultPath(store.Value.IsNeo4j ? null : store.Value.Path);

    public ModelChoice ModelFor(AnalysisSnapshot snapshot) => snapshot.Cached("risk-model", () =>
    {
        if (!File.Exists(ModelPath)) return new ModelChoice(RiskModelTrainer.Train(snapshot.Dataset), $"trained on data version {snapshot.Version} at start-up (no model file at {ModelPath})");
        using var stream = File.OpenRead(ModelPath);
        return new ModelChoice(RiskModel.ReadFrom(stream), $"file {ModelPath}");
    });

    public RiskAssessor Assessor(AnalysisSnapshot snapshot) => snapshot.Cached("risk-assessor", () => new RiskAssessor(snapshot.Analyzer, ModelFor(snapshot).Model));
}

/// <summary>A model and where it came from.</summary>
public sealed record ModelChoice(RiskModel Model, string Source);
