using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Snapshots;

/// <summary>
/// A store whose loads come from a persisted snapshot (<see cref="SnapshotFile"/>) when it holds the store's current
/// data version, and from the store itself otherwise — after which the snapshot is rewritten. A write that changes
/// something rewrites it at once, so the next process to start finds it ready. The store stays the source of truth:
/// a stale or damaged snapshot is never used, only replaced. Thread-safety is the inner store's.
/// </summary>
public sealed class SnapshotStore(IGraphStore inner, string path) : IGraphStore
{
    /// <summary>The snapshot file.</summary>
    public string SnapshotPath { get; } = path;

    /// <summary>Why the last load did not use the snapshot (null when it did), or why writing it failed.</summary>
    public string? LastProblem { get; private set; }

    /// <summary>True when the last load came from the snapshot.</summary>
    public bool LastLoadFromSnapshot { get; private set; }

    public string Location => inner.Location;

    public string? ValidatedRowsDirectory => inner.ValidatedRowsDirectory;

    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) => inner.GetVersionAsync(cancellationToken);

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default) => inner.GetStatsAsync(cancellationToken);

    public async Task<Dataset> LoadDatasetAsync(CancellationToken cancellationToken = default)
    {
        var version = await inner.GetVersionAsync(cancellationToken).ConfigureAwait(false);
        var dataset = SnapshotFile.TryRead(SnapshotPath, version, out var problem, cancellationToken);
        LastLoadFromSnapshot = dataset is not null;
        LastProblem = problem;
        return dataset ?? await RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WriteCounts>> WriteAsync(ImportPlan plan, CancellationToken cancellationToken = default)
    {
        var counts = await inner.WriteAsync(plan, cancellationToken).ConfigureAwait(false);
        if (counts.Any(c => c.Inserted + c.Updated > 0))
        {
            plan.Step("saving the snapshot", Path.GetFileName(SnapshotPath));
            await RefreshAsync(CancellationToken.None).ConfigureAwait(false);
        }
        return counts;
    }

    public async Task<long> RemoveAsync(Removal removal, CancellationToken cancellationToken = default)
    {
        var removed = await inner.RemoveAsync(removal, cancellationToken).ConfigureAwait(false);
        if (removed > 0) await RefreshAsync(CancellationToken.None).ConfigureAwait(false);
        return removed;
    }

    public Task<IReadOnlyDictionary<RecordKind, ImportedFile>> CleanImportsAsync(CancellationToken cancellationToken = default) =>
        inner.CleanImportsAsync(cancellationToken);

    public Task<long?> VersionOfChangeAsync(string changeKey, CancellationToken cancellationToken = default) =>
        inner.VersionOfChangeAsync(changeKey, cancellationToken);

    public void Dispose() => inner.Dispose();

    // The snapshot is a cache: failing to write it (disk full, read-only folder) costs speed, never data.
    private async Task<Dataset> RefreshAsync(CancellationToken cancellationToken)
    {
        var dataset = await inner.LoadDatasetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            SnapshotFile.Write(dataset, SnapshotPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LastProblem = $"the snapshot could not be written to {SnapshotPath}: {e.Message}";
        }
        return dataset;
    }
}
