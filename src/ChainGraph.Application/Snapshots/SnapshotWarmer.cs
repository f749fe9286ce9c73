using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Application.Snapshots;

/// <summary>
/// After each snapshot load, does off the request path what the first request of a kind would otherwise do while its
/// caller waits: the hosts' <see cref="ISnapshotWarmup"/>s (the API compiles its filter path), then the enterprises'
/// default order (<see cref="Domain.Tables.EnterpriseTable.ByOutput"/>, a sort of every firm, about 0.1 s at a million),
/// which every uncached <c>enterprises</c> filter reads. The snapshot answers already: readiness does not wait for this,
/// and a filter that comes first sorts its own matches. Runs as a hosted service, the latest snapshot first; a failure is
/// logged and costs only speed. A singleton.
/// </summary>
public sealed partial class SnapshotWarmer(SnapshotHolder snapshots, IEnumerable<ISnapshotWarmup> warmups, TimeProvider time,
    ILogger<SnapshotWarmer> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await foreach (var snapshot in snapshots.Warmups.ReadAllAsync(stoppingToken)) await WarmAsync(snapshot, stoppingToken);
    }

    private async Task WarmAsync(AnalysisSnapshot snapshot, CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        foreach (var warmup in warmups)
        {
            try
            {
                await warmup.WarmAsync(snapshot, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                Failed(logger, warmup.GetType().Name, snapshot.Version, e);
            }
        }
        try
        {
            _ = snapshot.Dataset.Enterprises.ByOutput;
        }
        catch (Exception e)
        {
            Failed(logger, "the enterprise order", snapshot.Version, e);
        }
        Warmed(logger, snapshot.Version, time.GetElapsedTime(started).TotalSeconds);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Snapshot version {Version} warmed (filter path, enterprise order) in {Seconds:0.000} s")]
    private static partial void Warmed(ILogger logger, long version, double seconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Warming {Step} for snapshot version {Version} failed; only speed is lost")]
    private static partial void Failed(ILogger logger, string step, long version, Exception exception);
}
