namespace ChainGraph.Analysis;

/// <summary>
/// Options for the parallel loops a caller may want kept on its own scheduler: they run on
/// <see cref="TaskScheduler.Current"/>, which for a request is the thread pool (every core) and for the service's targets
/// models is their one thread of their own, where the loop's parts run inline one after another. Default
/// <see cref="ParallelOptions"/> would name <see cref="TaskScheduler.Default"/> whatever the caller.
/// </summary>
/// <remarks>
/// Without it the models' loops (chokepoints per owner, impact per firm) spread over the pool while requests came in after
/// a load at 1M firms: one request in 16 fresh processes of <c>bench/api/filters.sh</c> still waited 88 ms for a thread
/// (bench/RESULTS.md, session 9).
/// </remarks>
public static class CallersScheduler
{
    /// <summary>A parallel loop's options: <see cref="TaskScheduler.Current"/>, cancelled by
    /// <paramref name="cancellationToken"/>.</summary>
    public static ParallelOptions Loop(CancellationToken cancellationToken) =>
        new() { TaskScheduler = TaskScheduler.Current, CancellationToken = cancellationToken };
}
