using ChainGraph.Reporting;

namespace ChainGraph.Printing;

/// <summary>
/// Bounds another printer: at most <c>concurrency</c> documents print at once, at most <c>queueLength</c> more wait
/// for a turn (each at most <c>queueTimeout</c>); anything beyond gets <see cref="PrinterBusyException"/> at once, so a
/// burst of requests cannot start a burst of browsers. Thread-safe.
/// </summary>
public sealed class BoundedPdfPrinter : IPdfPrinter, IDisposable
{
    private static readonly TimeSpan FirstEstimate = TimeSpan.FromSeconds(5);

    private readonly IPdfPrinter _inner;
    private readonly int _concurrency;
    private readonly int _capacity;
    private readonly TimeSpan _queueTimeout;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;
    private int _admitted;
    private int _running;
    private long _lastRenderTicks = FirstEstimate.Ticks;

    public BoundedPdfPrinter(IPdfPrinter inner, int concurrency, int queueLength, TimeSpan queueTimeout, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLength);
        (_inner, _concurrency, _capacity, _queueTimeout, _time) = (inner, concurrency, concurrency + queueLength, queueTimeout,
            time ?? TimeProvider.System);
        _slots = new SemaphoreSlim(concurrency, concurrency);
    }

    /// <summary>Documents printing now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Documents waiting for a turn.</summary>
    public int Waiting => Math.Max(0, Volatile.Read(ref _admitted) - Running);

    /// <inheritdoc />
    /// <exception cref="PrinterBusyException">The queue is full, or the document waited longer than the queue timeout.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        var admitted = Interlocked.Increment(ref _admitted);
        try
        {
            if (admitted > _capacity) throw Busy($"{_concurrency} PDFs are printing and {_capacity - _concurrency} waiting");
            if (!await _slots.WaitAsync(_queueTimeout, cancellationToken).ConfigureAwait(false))
                throw Busy($"the PDF waited {_queueTimeout.TotalSeconds:0} s for a turn");
            try
            {
                return await PrintTimedAsync(html, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<byte[]> PrintTimedAsync(string html, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _running);
        var started = _time.GetTimestamp();
        try
        {
            var pdf = await _inner.PrintAsync(html, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastRenderTicks, _time.GetElapsedTime(started).Ticks);
            return pdf;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    // The wait a caller can expect: the queue ahead of it drains `concurrency` documents per render time.
    private PrinterBusyException Busy(string why)
    {
        var render = TimeSpan.FromTicks(Interlocked.Read(ref _lastRenderTicks));
        var rounds = (_capacity + _concurrency - 1) / _concurrency;
        var seconds = Math.Max(1, (int)Math.Ceiling(render.TotalSeconds * rounds));
        return new PrinterBusyException($"the PDF printer is busy ({why}): try again in {seconds} s", TimeSpan.FromSeconds(seconds));
    }
}
