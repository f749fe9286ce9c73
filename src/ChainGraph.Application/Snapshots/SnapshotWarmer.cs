using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Application.Snapshots;

/// <summary>
/// After each snapshot load, does off the request path what the first request of a kind would otherwise do while its
/// caller waits: the hosts' <see cref="ISnapshotWarmup"/>s (the API compiles its filter path), then the enterprises'
/// default order (<see cref="Domain.Tables.EnterpriseTable.ByOutput"/>, a sort of every firm, 0.11–0.16 s at a million),
/// which every uncached <c>enterprises</c> filter reads. The snapshot answers already: readiness does not wait for this,
/// and a filter that comes first sorts its own matches. The targets models (<c>TargetsModelPreparer</c>, seconds of one
/// core) start when this is done: with both at once, a fresh service's first filters shared two cores with them and took
/// up to 0.4 s. Runs as a hosted service, the latest snapshot first; a failure is logged and costs only speed. A singleton.
/// </summary>
public sealed partial class SnapshotWarmer : BackgroundService
{
    private readonly SnapshotHolder _snapshots;
    private readonly IEnumerable<ISnapshotWarmup> _warmups;
    private readonly TimeProvider _time;
    private readonly ILogger<SnapshotWarmer> _logger;

    /// <summary>Attaches to <paramref name="snapshots"/> (<see cref="SnapshotHolder.AttachWarmer"/>) before any load it warms.</summary>
    public SnapshotWarmer(SnapshotHolder snapshots, IEnumerable<ISnapshotWarmup> warmups, TimeProvider time, ILogger<SnapshotWarmer> logger)
    {
        (_snapshots, _warmups, _time, _logger) = (snapshots, warmups, time, logger);
        snapshots.AttachWarmer();
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await foreach (var snapshot in _snapshots.Warmups.ReadAllAsync(stoppingToken))
        {
            await WarmAsync(snapshot, stoppingToken);
            _snapshots.Warmed(snapshot);
        }
    }

    private async Task WarmAsync(AnalysisSnapshot snapshot, CancellationToken stoppingToken)
    {
        var started = _time.GetTimestamp();
        foreach (var warmup in _warmups)
        {
            try
            {
                await warmup.WarmAsync(snapshot, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                Failed(_logger, warmup.GetType().Name, snapshot.Version, e);
            }
        }
        try
        {
            _ = snapshot.Dataset.Enterprises.ByOutput;
        }
        catch (Exception e)
        {
            Failed(_logger, "the enterprise order", snapshot.Version, e);
        }
        Warmed(_logger, snapshot.Version, _time.GetElapsedTime(started).TotalSeconds);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Snapshot version {Version} warmed (filter path, enterprise order) in {Seconds:0.000} s")]
    private static partial void Warmed(ILogger logger, long version, double seconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Warming {Step} for snapshot version {Version} failed; only speed is lost")]
    private static partial void Failed(ILogger logger, string step, long version, Exception exception);
}
