using ChainGraph.Api.Security;
using ChainGraph.Storage.Import;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Imports run in the background (<c>startImport</c>), for folders whose import outlasts a request: at a million firms
/// an import takes about a minute, at ten million a quarter of an hour, longer than clients and proxies hold a request
/// open, and a dropped request cancels (rolls back) <c>importFiles</c>. A job goes through <see cref="ApiWriter"/> exactly
/// as <c>importFiles</c> does (audited, one write at a time, all rows or none) and reports its phase and file as it runs
/// (<c>importJob</c>). The last <see cref="Kept"/> jobs are kept in memory; a job stops, and rolls back, when the service
/// stops. Thread-safe; a singleton.
/// </summary>
public sealed partial class ImportJobs(ApiWriter writer, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<ImportJobs> logger)
{
    /// <summary>How many jobs, running or finished, are kept to be asked about.</summary>
    public const int Kept = 50;

    /// <summary>How many jobs may be unfinished at once (one writes, the others wait their turn).</summary>
    public const int MaxUnfinished = 8;

    private readonly Lock _lock = new();
    private readonly List<ImportJob> _jobs = [];

    /// <summary>Opens <paramref name="directory"/> (inside the import root) now and imports it in the background.</summary>
    /// <exception cref="ImportRefusedException">The folder is outside the root or missing (audited as refused).</exception>
    /// <exception cref="InvalidRequestException"><see cref="MaxUnfinished"/> jobs are unfinished already.</exception>
    public ImportJobView Start(Caller caller, string directory)
    {
        ImportJob job;
        lock (_lock)
        {
            if (_jobs.Count(j => !j.Finished) >= MaxUnfinished)
                throw new InvalidRequestException($"{MaxUnfinished} imports are running or waiting already; start this one when one has finished");
            var opened = writer.OpenFromRoot(caller, directory);
            job = new ImportJob(Guid.NewGuid().ToString("N"), directory, caller.Name, time);
            _jobs.Add(job);
            var finished = _jobs.Where(j => j.Finished).Take(Math.Max(0, _jobs.Count - Kept)).ToList();
            _jobs.RemoveAll(finished.Contains);
            var stopping = lifetime.ApplicationStopping;
            _ = Task.Run(() => job.RunAsync(() => writer.ImportAsync(opened, job, stopping), e => Failed(logger, job.Id, directory, e)),
                CancellationToken.None);
        }
        return job.Now();
    }

    /// <summary>The job <paramref name="id"/> as it is now, while it is kept.</summary>
    public ImportJobView? Find(string id)
    {
        lock (_lock) return _jobs.FirstOrDefault(j => j.Id == id)?.Now();
    }

    /// <summary>The jobs kept, newest first, as they are now.</summary>
    public IReadOnlyList<ImportJobView> Recent()
    {
        lock (_lock) return [.. Enumerable.Reverse(_jobs).Select(j => j.Now())];
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Import job {Id} of '{Directory}' failed; nothing was written")]
    private static partial void Failed(ILogger logger, string id, string directory, Exception exception);
}

/// <summary>
/// One background import. Progress reports replace its state whole, and a reader takes one <see cref="Now"/> per
/// question, so an answer never mixes the phase of one report with the file of another.
/// </summary>
public sealed class ImportJob(string id, string directory, string startedBy, TimeProvider time) : IProgress<ImportProgress>
{
    private volatile ImportJobView _state = new(id, directory, startedBy, time.GetUtcNow(), "RUNNING", "queued", null, null, null, null,
        null, null);

    public string Id => id;

    /// <summary>The job as it is now: the GraphQL <c>ImportJob</c>.</summary>
    public ImportJobView Now() => _state;

    internal bool Finished => _state.FinishedAt is not null;

    /// <inheritdoc/>
    public void Report(ImportProgress value) => _state = _state with
    {
        Phase = value.Phase,
        File = value.File,
        FileProgress = value.IsStep ? null : value.BytesTotal == 0 ? 1 : (double)value.BytesRead / value.BytesTotal,
        Rows = value.IsStep ? null : (int)Math.Min(value.Rows, int.MaxValue),
    };

    internal async Task RunAsync(Func<Task<(ImportOutcome Outcome, ImportSource Source, AnalysisSnapshot Snapshot)>> import,
        Action<Exception> failed)
    {
        try
        {
            var (outcome, source, snapshot) = await import();
            _state = Done(outcome.Written ? "WRITTEN" : "REJECTED") with { Result = ImportResult.From(outcome, source, snapshot.Version) };
        }
        catch (OperationCanceledException)
        {
            _state = Done("FAILED") with { Error = "the service stopped during the import; nothing was written" };
        }
        catch (Exception e)
        {
            // The message may name server paths: the log has it, the caller gets its kind.
            failed(e);
            _state = Done("FAILED") with { Error = $"the import failed ({e.GetType().Name}); nothing was written; the service log has the details" };
        }
    }

    private ImportJobView Done(string status) =>
        _state with { Status = status, Phase = null, File = null, FileProgress = null, Rows = null, FinishedAt = time.GetUtcNow() };
}

/// <summary>
/// A background import at one moment. <see cref="Status"/>: RUNNING, then WRITTEN (accepted; the store holds every row),
/// REJECTED (nothing written: see the result's issues) or FAILED (nothing written: see <see cref="Error"/>).
/// <see cref="Phase"/> while running: queued (behind another write), checking, validating, writing, indexing,
/// committing, saving the snapshot, loading the snapshot. <see cref="FileProgress"/> is the share of <see cref="File"/>
/// done in the phase (0–1), null for a step without a measure.
/// </summary>
public sealed record ImportJobView(string Id, string Directory, string StartedBy, DateTimeOffset StartedAt, string Status, string? Phase,
    string? File, double? FileProgress, int? Rows, DateTimeOffset? FinishedAt, ImportResult? Result, string? Error);
