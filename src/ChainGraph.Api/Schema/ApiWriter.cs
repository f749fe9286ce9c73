using ChainGraph.Storage;
using ChainGraph.Storage.Import;

namespace ChainGraph.Api.Schema;

/// <summary>
/// The one way the API changes the store: writes run one at a time, then the snapshot is reloaded and swapped in
/// (readers keep answering from the previous snapshot meanwhile). Thread-safe.
/// </summary>
public sealed class ApiWriter(StoreProvider stores, SnapshotHolder snapshots, Telemetry.ChainGraphMetrics metrics, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Validates and imports a folder of import files: all rows or none.</summary>
    public async Task<(ImportOutcome Outcome, ImportSource Source, AnalysisSnapshot Snapshot)> ImportAsync(string directory, CancellationToken cancellationToken)
    {
        var source = ImportSource.FromDirectory(directory);
        var started = time.GetTimestamp();
        var outcome = await Serialised(store => Importer.Import(store, source, cancellationToken: cancellationToken), cancellationToken);
        metrics.Imported(outcome.Report.RowsRead.Values.Sum(), time.GetElapsedTime(started), outcome.Written);
        return (outcome, source, snapshots.LoadNow());
    }

    /// <summary>Removes records; returns how many were removed and the new snapshot.</summary>
    public async Task<(long Removed, AnalysisSnapshot Snapshot)> RemoveAsync(Removal removal, CancellationToken cancellationToken)
    {
        var removed = await Serialised(store => store.Remove(removal, cancellationToken), cancellationToken);
        return (removed, snapshots.LoadNow());
    }

    private async Task<T> Serialised<T>(Func<IGraphStore, T> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var store = stores.Open();
            return write(store);
        }
        finally
        {
            _gate.Release();
        }
    }
}
