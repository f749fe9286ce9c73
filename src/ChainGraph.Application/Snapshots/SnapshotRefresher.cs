using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Application.Snapshots;

/// <summary>
/// Loads snapshots in the background, as a hosted service: the first one when the service starts (warm-up), then a new
/// one whenever a version check that <see cref="SnapshotHolder"/>'s readers ask for finds the store's version moved. A
/// failure is
/// logged with its exception and kept as <see cref="LastFailure"/> for <c>/health</c>; readers keep the previous
/// snapshot, and the next change of version (or request after it) tries again. Thread-safe; a singleton.
/// </summary>
public sealed partial class SnapshotRefresher : BackgroundService
{
    private readonly SnapshotHolder _snapshots;
    private readonly TimeProvider _time;
    private readonly ILogger<SnapshotRefresher> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lazy<Task> _warmUp;
    private volatile BackgroundFailure? _lastFailure;

    /// <summary>The most recent failed load, or null when the last load succeeded (or none failed yet).</summary>
    public BackgroundFailure? LastFailure => _lastFailure;

    public SnapshotRefresher(SnapshotHolder snapshots, TimeProvider time, ILogger<SnapshotRefresher> logger)
    {
        (_snapshots, _time, _logger) = (snapshots, time, logger);
        _warmUp = new(() => Task.Run(() => LoadAsync("warm-up", _stopping.Token)));
    }

    /// <summary>
    /// Starts the first load now, on the thread pool, instead of when the host starts its services: the service's entry
    /// point calls it as soon as the services exist, so the snapshot is read on one core while the host starts on the
    /// other. Idempotent; the host's start then waits for this load instead of starting its own.
    /// </summary>
    public void BeginWarmUp() => _ = _warmUp.Value;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var stop = stoppingToken.Register(_stopping.Cancel);
        await _warmUp.Value;
        var checks = _snapshots.VersionChecks;
        while (await checks.WaitToReadAsync(stoppingToken))
        {
            checks.TryRead(out _);
            await LoadAsync("reload", stoppingToken);
        }
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _stopping.Dispose();
        base.Dispose();
    }

    private async Task LoadAsync(string work, CancellationToken stoppingToken)
    {
        try
        {
            var (snapshot, loaded) = await _snapshots.ReloadIfChangedAsync(stoppingToken);
            _lastFailure = null;
            if (loaded) Loaded(_logger, work, snapshot.Version);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            _lastFailure = new BackgroundFailure(_time.GetUtcNow(), "snapshot " + work, e.GetType().Name, e.Message);
            Failed(_logger, work, e);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Snapshot {Work}: version {Version} loaded")]
    private static partial void Loaded(ILogger logger, string work, long version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Snapshot {Work} failed; answering from the previous snapshot")]
    private static partial void Failed(ILogger logger, string work, Exception exception);
}
