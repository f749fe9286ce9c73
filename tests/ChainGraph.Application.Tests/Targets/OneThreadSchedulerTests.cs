using ChainGraph.Application.Targets;

namespace ChainGraph.Application.Tests.Targets;

public sealed class OneThreadSchedulerTests
{
    // What the targets models rely on: their work runs on the scheduler's own thread, not on a thread of the pool (where
    // seconds of it made the service's requests wait for a thread).
    [Fact]
    public async Task Task_RunsOnTheSchedulersOwnNamedThreadOutsideThePool()
    {
        using var scheduler = new OneThreadScheduler("test");

        var (name, pool) = await Task.Factory.StartNew(() => (Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread),
            CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);

        name.Should().Be("test");
        pool.Should().BeFalse();
    }

    // A task that waits for parts it queued on the same scheduler (a parallel loop told to use it) runs them inline on
    // the one thread instead of waiting forever for it.
    [Fact]
    public async Task Task_WaitingForALoopOnTheSameScheduler_RunsItsPartsInlineOnTheOneThread()
    {
        using var scheduler = new OneThreadScheduler("test");
        var threads = new System.Collections.Concurrent.ConcurrentBag<int>();

        await Task.Factory.StartNew(() =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            Parallel.For(0, 1000, new ParallelOptions { TaskScheduler = TaskScheduler.Current }, _ =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                Thread.SpinWait(2000);
            });
        }, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler).WaitAsync(TimeSpan.FromSeconds(30));

        threads.Should().HaveCount(1001);
        threads.Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task Tasks_QueuedTogether_RunOneAtATimeInOrder()
    {
        using var scheduler = new OneThreadScheduler("test");
        var order = new List<int>();
        var running = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Factory.StartNew(() =>
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            Thread.Sleep(1);
            order.Add(i);
            Interlocked.Decrement(ref running);
        }, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler)));

        most.Should().Be(1);
        order.Should().Equal(Enumerable.Range(0, 20));
    }
}
