using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Storage;

namespace ChainGraph.Application.Checklists;

/// <summary>
/// The ranked key-chain checklist (关键卡点攻关项目清单) of every chain or one, with each chain's health and the supply
/// records to verify, under the bureau's rules.
/// </summary>
public static class ChecklistUseCase
{
    /// <summary>
    /// Loads <paramref name="store"/>'s data and builds the checklist of chain <paramref name="chainId"/> (null: every
    /// chain) under the rules <paramref name="settings"/> gives for the data (a rules file is checked against it).
    /// </summary>
    /// <exception cref="InvalidRequestException">The chain is unknown.</exception>
    public static async Task<ChecklistDocument> RunAsync(IGraphStore store, string? chainId, Func<Dataset, AnalysisSettings> settings,
        CancellationToken cancellationToken = default)
    {
        var dataset = await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false);
        return Run(new ChainAnalyzer(dataset, settings(dataset)), store.Location, chainId, cancellationToken);
    }

    /// <summary>The checklist over the data <paramref name="analyzer"/> holds, said to come from <paramref name="store"/>.</summary>
    /// <exception cref="InvalidRequestException">The chain is unknown.</exception>
    public static ChecklistDocument Run(ChainAnalyzer analyzer, string store, string? chainId,
        CancellationToken cancellationToken = default)
    {
        if (chainId is not null && !analyzer.Index.HasChain(chainId))
            throw new InvalidRequestException(
                $"unknown chain '{chainId}'; chains: {string.Join(", ", analyzer.Index.Chains.Select(c => c.Id))}");
        var chains = chainId is null ? null : new[] { chainId };
        var items = analyzer.Checklist(chains, cancellationToken);
        var summaries = ChecklistDocument.Summaries(analyzer, analyzer.Index.Chains.Where(c => chainId is null || c.Id == chainId), items);
        return new ChecklistDocument(analyzer.Index.Dataset.Version, store, analyzer.Status.AsOf, analyzer.Settings, summaries, items,
            analyzer.SupplyRecordsToVerify(chains));
    }
}
