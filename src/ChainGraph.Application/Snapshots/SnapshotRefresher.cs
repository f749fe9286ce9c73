using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Application.Snapshots;

/// <summary>
/// Loads snapshots in the background, as a hosted service: the first one when the service starts (warm-up), then a new
/// one each time <see cref="SnapshotHolder"/> sees the store's version move. A failure is
/// logged with its exception and kept as <see cref="LastFailure"/> for <c>/health</c>; readers keep the previous
/// snapshot, and the next change of version (or request after it) tries again. Thread-safe; a singleton.
/// </summary>
public sealed partial class SnapshotRefresher(SnapshotHolder snapshots, TimeProvider time,
    ILogger<SnapshotRefresher> logger) : BackgroundService
{
    private volatile BackgroundFailure? _lastFailure;

    /// <summary>The most recent failed load, or null when the last load succeeded (or none failed yet).</summary>
    public BackgroundFailure? LastFailure => _lastFailure;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        Load("warm-up", stoppingToken);
        var requests = snapshots.ReloadRequests;
        while (await requests.WaitToReadAsync(stoppingToken))
        {
            requests.TryRead(out _);
            Load("reload", stoppingToken);
        }
    }

    private void Load(string work, CancellationToken stoppingToken)
    {
        try
        {
            var snapshot = snapshots.LoadNow();
            _lastFailure = null;
            Loaded(logger, work, snapshot.Version);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            _lastFailure = new BackgroundFailure(time.GetUtcNow(), "snapshot " + work, e.GetType().Name, e.Message);
            Failed(logger, work, e);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Snapshot {Work}: version {Version} loaded")]
    private static partial void Loaded(ILogger logger, string work, long version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Snapshot {Work} failed; answering from the previous snapshot")]
    private static partial void Failed(ILogger logger, string work, Exception exception);
}
