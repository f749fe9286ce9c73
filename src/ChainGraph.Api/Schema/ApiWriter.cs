using System.Text.Json;
using ChainGraph.Api.Security;
using ChainGraph.Storage;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Service;

namespace ChainGraph.Api.Schema;

/// <summary>
/// The one way the API changes the store, and the one place writes are audited: each write is recorded as an intent
/// before it starts and completed (committed, unchanged, rejected, refused, failed) when it ends, with the change key the
/// store keeps in the change's own transaction (see <see cref="AuditLog"/>). Import folders are opened and their files
/// checked before the write lock; writes then run one at a time, and the snapshot is reloaded and swapped in (readers
/// keep answering from the previous snapshot meanwhile). Thread-safe.
/// </summary>
public sealed class ApiWriter(StoreProvider stores, SnapshotHolder snapshots, IAuditLog audit, ImportAccess rooted,
    Telemetry.ChainGraphMetrics metrics, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary><c>importFiles</c>: a caller's folder, which must lie inside the import root; all rows or none.</summary>
    /// <exception cref="ImportRefusedException">The folder is outside the root or missing (audited as refused).</exception>
    public Task<(ImportOutcome Outcome, ImportSource Source, AnalysisSnapshot Snapshot)> ImportFromRootAsync(Caller caller,
        string directory, CancellationToken cancellationToken) =>
        ImportAsync(OpenFromRoot(caller, directory), null, cancellationToken);

    /// <summary>
    /// The first half of <c>importFiles</c> for a background job (<see cref="ImportJobs"/>): audits the intent and opens the
    /// caller's folder now, so a refusal reaches the caller at once; the <c>ImportAsync</c> that takes the
    /// <see cref="OpenedImport"/> writes it.
    /// </summary>
    /// <exception cref="ImportRefusedException">The folder is outside the root or missing (audited as refused).</exception>
    public OpenedImport OpenFromRoot(Caller caller, string directory) =>
        Open(caller, "importFiles", directory, () => ImportSource.FromDirectory(directory, rooted));

    /// <summary>An edit: import files the API itself wrote into a private folder; all rows or none.</summary>
    public Task<(ImportOutcome Outcome, ImportSource Source, AnalysisSnapshot Snapshot)> ImportAsync(Caller caller, string operation,
        string target, string directory, CancellationToken cancellationToken) =>
        ImportAsync(Open(caller, operation, target, () => ImportSource.FromDirectory(directory)), null, cancellationToken);

    /// <summary>Writes an opened import (one write at a time), reporting its phases to <paramref name="progress"/>.</summary>
    public async Task<(ImportOutcome Outcome, ImportSource Source, AnalysisSnapshot Snapshot)> ImportAsync(OpenedImport opened,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var (intent, source) = opened;
        var started = time.GetTimestamp();
        var (outcome, version) = await Audited(intent, store => Importer.ImportAsync(store, source, progress,
            cancellationToken: cancellationToken, changeKey: intent.ChangeKey), cancellationToken);
        metrics.Imported(outcome.Report.RowsRead.Values.Sum(), time.GetElapsedTime(started), outcome.Written);
        audit.Complete(intent, StatusOf(outcome), outcome.Counts?.Any(c => c.Inserted + c.Updated > 0) == true ? version : null,
            Details(outcome));
        progress?.Report(ImportProgress.Step("loading the snapshot", ""));
        return (outcome, source, await snapshots.LoadNowAsync(cancellationToken));
    }

    /// <summary>Removes records; returns how many were removed and the new snapshot.</summary>
    public async Task<(long Removed, AnalysisSnapshot Snapshot)> RemoveAsync(Caller caller, string operation, string target,
        Removal removal, CancellationToken cancellationToken)
    {
        var intent = audit.Begin(caller, operation, target);
        var (removed, version) = await Audited(intent, store => store.RemoveAsync(removal with { ChangeKey = intent.ChangeKey },
            cancellationToken), cancellationToken);
        audit.Complete(intent, removed > 0 ? AuditStatus.Committed : AuditStatus.Unchanged, removed > 0 ? version : null,
            Json(new { records = removed }));
        return (removed, await snapshots.LoadNowAsync(cancellationToken));
    }

    private OpenedImport Open(Caller caller, string operation, string target, Func<ImportSource> open)
    {
        var intent = audit.Begin(caller, operation, target);
        try
        {
            return new OpenedImport(intent, open());
        }
        catch (ImportRefusedException e)
        {
            audit.Complete(intent, AuditStatus.Refused, null, Json(new { reason = e.Message }));
            throw;
        }
    }

    // Runs the write under the gate; an exception completes the intent as failed before it propagates.
    private async Task<(T Result, long Version)> Audited<T>(AuditIntent intent, Func<IGraphStore, Task<T>> write,
        CancellationToken cancellationToken)
    {
        try
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                using var store = await stores.OpenAsync(cancellationToken);
                var result = await write(store);
                return (result, await store.GetVersionAsync(cancellationToken));
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception e)
        {
            audit.Complete(intent, AuditStatus.Failed, null, Json(new { error = e is OperationCanceledException
                ? "cancelled"
                : e.GetType().Name }));
            throw;
        }
    }

    private static string StatusOf(ImportOutcome outcome) =>
        !outcome.Written ? AuditStatus.Rejected
        : outcome.Counts!.Any(c => c.Inserted + c.Updated > 0) ? AuditStatus.Committed
        : AuditStatus.Unchanged;

    private static string Details(ImportOutcome outcome) => outcome.Written
        ? Json(outcome.Counts!.Select(c => new { kind = c.Kind.ToString(), c.Inserted, c.Updated, c.Unchanged }))
        : Json(new { errors = outcome.Report.Errors.Count(), first = outcome.Report.Errors.Take(5).Select(e => e.ToString()) });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}

/// <summary>An audited import whose folder is open and checked, waiting to be written (<see cref="ApiWriter"/>).</summary>
public sealed record OpenedImport(AuditIntent Intent, ImportSource Source);
