using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Application.Settings;
using ChainGraph.Application.Snapshots;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Risk;

/// <summary>
/// The risk model a service scores with: the file <c>chaingraph train</c> writes (<see cref="RiskOptions.ModelPath"/>,
/// else <see cref="RiskModelFile.PathFor"/>'s default, the path the CLI resolves too), or — when there is none — a model
/// trained on the snapshot itself (a few seconds on the sample; said in <see cref="ModelChoice.Source"/>; see
/// <see cref="RiskModelUseCase.Choose"/>). One model and
/// one assessor per snapshot, cached. Thread-safe.
/// </summary>
public sealed class RiskModels(IOptions<RiskOptions> risk, IOptions<StoreOptions> store)
{
    /// <summary>The model file read for every snapshot.</summary>
    public string ModelPath => RiskModelFile.PathFor(risk.Value.ModelPath, store.Value.IsNeo4j ? null : store.Value.Path);

    /// <summary>The model for <paramref name="snapshot"/> and where it came from.</summary>
    public ModelChoice ModelFor(AnalysisSnapshot snapshot, CancellationToken cancellationToken = default) =>
        snapshot.Cached("risk-model", token => RiskModelUseCase.Choose(ModelPath, snapshot.Dataset, token), cancellationToken);

    /// <summary>The assessor of <paramref name="snapshot"/> with its model.</summary>
    public RiskAssessor Assessor(AnalysisSnapshot snapshot, CancellationToken cancellationToken = default) =>
        snapshot.Cached("risk-assessor", token => new RiskAssessor(snapshot.Analyzer, ModelFor(snapshot, token).Model), cancellationToken);
}
