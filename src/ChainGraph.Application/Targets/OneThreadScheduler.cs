using System.Collections.Concurrent;

namespace ChainGraph.Application.Targets;

/// <summary>
/// Runs its tasks one at a time on a thread of its own, outside the thread pool, so work of seconds queued here holds no
/// pool thread. A task waiting for others queued here (a loop told to use <see cref="TaskScheduler.Current"/>) runs them
/// inline on the same thread.
/// </summary>
/// <remarks>
/// The service's targets models ran on a one-task <see cref="ConcurrentExclusiveSchedulerPair"/>, whose tasks run on pool
/// threads. On two cores the pool keeps two threads: with one busy for the ~4 s of the models at 1M firms, and a PLINQ
/// query inside them holding another, a request waited 100–300 ms for a thread (5 of 6 fresh processes of
/// <c>bench/api/filters.sh</c>; none with the pool's minimum raised to 16). bench/RESULTS.md, session 9. Parallel loops
/// run here only when their options name <see cref="TaskScheduler.Current"/> (the analyses' <c>CallersScheduler</c>):
/// default <see cref="ParallelOptions"/> name <see cref="TaskScheduler.Default"/>.
/// </remarks>
internal sealed class OneThreadScheduler : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread _thread;

    public OneThreadScheduler(string name)
    {
        _thread = new Thread(Work) { IsBackground = true, Name = name };
        _thread.Start();
    }

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Takes no more tasks and lets the thread end once the queued ones have run.</summary>
    public void Dispose() => _queue.CompleteAdding();

    protected override void QueueTask(Task task) => _queue.Add(task);

    // Inline only on the scheduler's own thread, so nothing of its work runs anywhere else.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == _thread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        foreach (var task in _queue.GetConsumingEnumerable()) TryExecuteTask(task);
    }
}
