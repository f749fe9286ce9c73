using ChainGraph.Reporting;
using ChainGraph.Printing;

namespace ChainGraph.Api.Tests.Printing;

public sealed class BoundedPdfPrinterTests
{
    [Fact]
    public async Task PrintAsync_EightAtOnce_AtMostConcurrencyPrintQueueWaitsRestRefused()
    {
        var inner = new GatedPrinter();
        using var printer = new BoundedPdfPrinter(inner, concurrency: 2, queueLength: 3, TimeSpan.FromMinutes(5));

        var calls = Enumerable.Range(0, 8).Select(i => Outcome(printer.PrintAsync($"doc {i}"))).ToArray();
        await inner.WaitUntilRunning(2);
        var refusedAtOnce = calls.Where(c => c.IsCompleted).ToArray();
        inner.Release();
        var outcomes = await Task.WhenAll(calls);

        refusedAtOnce.Should().HaveCount(3).And.OnlyContain(c => c.Result is PrinterBusyException);
        outcomes.Count(o => o is byte[]).Should().Be(5);
        inner.MaxRunning.Should().Be(2);
        inner.Printed.Should().Be(5);
    }

    [Fact]
    public async Task PrintAsync_Refused_RetryAfterAtLeastOneSecond()
    {
        var inner = new GatedPrinter();
        using var printer = new BoundedPdfPrinter(inner, concurrency: 1, queueLength: 0, TimeSpan.FromMinutes(5));

        var first = printer.PrintAsync("a");
        await inner.WaitUntilRunning(1);
        var refused = await Outcome(printer.PrintAsync("b"));
        inner.Release();
        await first;

        refused.Should().BeOfType<PrinterBusyException>().Which.RetryAfter.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task PrintAsync_WaitedLongerThanQueueTimeout_Refused()
    {
        var inner = new GatedPrinter();
        using var printer = new BoundedPdfPrinter(inner, concurrency: 1, queueLength: 1, TimeSpan.FromMilliseconds(50));

        var first = printer.PrintAsync("a");
        await inner.WaitUntilRunning(1);
        var waited = await Outcome(printer.PrintAsync("b"));
        inner.Release();
        await first;

        waited.Should().BeOfType<PrinterBusyException>().Which.Message.Should().Contain("waited");
        printer.Waiting.Should().Be(0);
        printer.Running.Should().Be(0);
    }

    [Fact]
    public async Task PrintAsync_InnerFails_SlotReleased()
    {
        var inner = new GatedPrinter { Fail = true };
        inner.Release();
        using var printer = new BoundedPdfPrinter(inner, concurrency: 1, queueLength: 0, TimeSpan.FromMinutes(5));

        (await Outcome(printer.PrintAsync("a"))).Should().BeOfType<InvalidOperationException>();
        inner.Fail = false;

        (await printer.PrintAsync("b")).Should().NotBeEmpty();
    }

    private static async Task<object> Outcome(Task<byte[]> call)
    {
        try
        {
            return await call;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>Holds every print until <see cref="Release"/>, counting how many run at once.</summary>
    private sealed class GatedPrinter : IPdfPrinter
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _running;
        private int _max;
        private int _printed;

        public bool Fail { get; set; }
        public int MaxRunning => Volatile.Read(ref _max);
        public int Printed => Volatile.Read(ref _printed);

        public void Release() => _gate.TrySetResult();

        public async Task WaitUntilRunning(int count)
        {
            while (Volatile.Read(ref _running) < count) await Task.Delay(10);
        }

        public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _running);
            InterlockedMax(now);
            try
            {
                await _gate.Task.WaitAsync(cancellationToken);
                if (Fail) throw new InvalidOperationException("chromium failed");
                Interlocked.Increment(ref _printed);
                return [(byte)'%', (byte)'P', (byte)'D', (byte)'F'];
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        private void InterlockedMax(int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, value, seen) != seen) { }
        }
    }
}
