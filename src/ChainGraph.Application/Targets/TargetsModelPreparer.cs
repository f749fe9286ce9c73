using ChainGraph.Application.Settings;
using ChainGraph.Application.Snapshots;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Targets;

/// <summary>
/// The service's side of the prepared targets: after each snapshot load (the first one, an import through the API, any
/// change of version) every chain's <see cref="TargetsModel"/> is built from the snapshot's analyzer and stored beside
/// the store, so a `chaingraph targets` against the same store answers without loading the data. Runs as a hosted
/// service, one snapshot at a time, the latest first; a failure is logged and kept as <see cref="LastFailure"/> and
/// costs only the CLI's speed. A singleton.
/// </summary>
public sealed partial class TargetsModelPreparer(SnapshotHolder snapshots, IOptions<AnalysisOptions> analysis, TimeProvider time,
    ILogger<TargetsModelPreparer> logger) : BackgroundService
{
    // The models are built one chain at a time on a thread of their own, not on the pool: with the pool's threads (two,
    // on two cores) busy for their ~4 s at 1M firms, requests that came meanwhile waited 100-300 ms for a thread
    // (bench/RESULTS.md, session 9). The analyses' parallel loops inside (chokepoints per owner, impact per firm) run on
    // the caller's scheduler (CallersScheduler), i.e. on this thread too.
    private readonly OneThreadScheduler _ownThread = new("targets models");
    private volatile BackgroundFailure? _lastFailure;
    private volatile PreparedModels? _lastPrepared;

    /// <summary>The most recent failed preparation, or null when the last one succeeded (or none ran yet).</summary>
    public BackgroundFailure? LastFailure => _lastFailure;

    /// <summary>What the most recent successful preparation did, or null before the first.</summary>
    public PreparedModels? LastPrepared => _lastPrepared;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!analysis.Value.PrepareTargets) return;
        await foreach (var snapshot in snapshots.Loads.ReadAllAsync(stoppingToken))
        {
            await Task.Factory.StartNew(() => Prepare(snapshot, stoppingToken), stoppingToken, TaskCreationOptions.DenyChildAttach,
                _ownThread);
        }
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        base.Dispose();
        _ownThread.Dispose();
    }

    private void Prepare(AnalysisSnapshot snapshot, CancellationToken stoppingToken)
    {
        try
        {
            var started = time.GetTimestamp();
            var models = TargetsModels.For(snapshot.Info.Store, analysis.Value.RulesPath);
            // One chain at a time, on _ownThread: the service's requests keep the pool's threads meanwhile.
            var prepared = models.Prepare(snapshot.Analyzer, snapshot.Info.Store, stoppingToken, chainsAtOnce: 1);
            Prepared(logger, prepared.Built, prepared.Chains, snapshot.Version, time.GetElapsedTime(started).TotalSeconds);
            if (models.LastProblem is { } problem) NotStored(logger, problem);
            (_lastPrepared, _lastFailure) = (prepared, null);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            _lastFailure = new BackgroundFailure(time.GetUtcNow(), "targets models", e.GetType().Name, e.Message);
            Failed(logger, snapshot.Version, e);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Targets models of version {Version}: {Built} of {Chains} chains built in {Seconds:0.0} s")]
    private static partial void Prepared(ILogger logger, int built, int chains, long version, double seconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Targets models not stored: {Problem}")]
    private static partial void NotStored(ILogger logger, string problem);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Targets models of version {Version} failed; the CLI computes them")]
    private static partial void Failed(ILogger logger, long version, Exception exception);
}
