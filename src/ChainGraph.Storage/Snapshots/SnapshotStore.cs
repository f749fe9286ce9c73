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

    public long Version => inner.Version;

    public StoreStats GetStats() => inner.GetStats();

    public Dataset LoadDataset(CancellationToken cancellationToken = default)
    {
        var dataset = SnapshotFile.TryRead(SnapshotPath, inner.Version, out var problem, cancellationToken);
        LastLoadFromSnapshot = dataset is not null;
        LastProblem = problem;
        return dataset ?? Refresh(cancellationToken);
    }

    public IReadOnlyList<WriteCounts> Write(ImportPlan plan, CancellationToken cancellationToken = default)
    {
        var counts = inner.Write(plan, cancellationToken);
        if (counts.Any(c => c.Inserted + c.Updated > 0)) Refresh(CancellationToken.None);
        return counts;
    }

    public long Remove(Removal removal, CancellationToken cancellationToken = default)
    {
        var removed = inner.Remove(removal, cancellationToken);
        if (removed > 0) Refresh(CancellationToken.None);
        return removed;
    }

    public long? VersionOfChange(string changeKey) => inner.VersionOfChange(changeKey);

    public void Dispose() => inner.Dispose();

    // The snapshot is a cache: failing to write it (disk full, read-only folder) costs speed, never data.
    private Dataset Refresh(CancellationToken cancellationToken)
    {
        var dataset = inner.LoadDataset(cancellationToken);
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
