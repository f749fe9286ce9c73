namespace ChainGraph.Api.Schema;

/// <summary>
/// Once the service listens, builds the schema and compiles the GraphQL path (parse, validate, execute, JSON) with one
/// in-process query that reads no snapshot, on a spare core while the first snapshot still loads; the first client's
/// query then pays only for its own resolvers. At a million firms this took a fresh service's first chain-map answer
/// from about 0.45 s after its snapshot loaded to about 0.1 s (bench/RESULTS.md, issue 16). Warms code only; a failure
/// is logged and costs only speed.
/// </summary>
public sealed partial class GraphQLStartWarmup(IServiceProvider services, IHostApplicationLifetime lifetime,
    ILogger<GraphQLStartWarmup> logger) : BackgroundService
{
    private const string Query = "query Warmup { __typename __schema { queryType { name } } }";

    /// <summary>True once the query ran without errors.</summary>
    public bool Warmed { get; private set; }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            await InProcessQuery.RunAsync(services, Query, "start-warm-up", stoppingToken);
            Warmed = true;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            Failed(logger, e);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Warming the GraphQL path at start failed; only speed is lost")]
    private static partial void Failed(ILogger logger, Exception exception);
}
