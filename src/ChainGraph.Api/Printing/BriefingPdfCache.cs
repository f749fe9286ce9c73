using System.Collections.Concurrent;
using ChainGraph.Reporting;
using ChainGraph.Api.Telemetry;

namespace ChainGraph.Api.Printing;

/// <summary>
/// The briefing PDFs printed for the current data version and day: a second request for the same chain is served from
/// memory, and requests arriving while it prints share that one render. A failed or refused render is not kept. When
/// the data version or the day moves on, the older PDFs are dropped. Thread-safe; singleton.
/// </summary>
public sealed class BriefingPdfCache(IPdfPrinter printer, ChainGraphMetrics metrics)
{
    private readonly ConcurrentDictionary<BriefingPdfKey, Lazy<Task<byte[]>>> _pdfs = new();
    private BriefingPdfKey? _latest;

    /// <summary>The PDF for <paramref name="key"/>, printing <paramref name="html"/> only when it is not cached yet.</summary>
    /// <exception cref="ChainGraph.Printing.PrinterBusyException">The printer's queue is full.</exception>
    public Task<byte[]> GetAsync(BriefingPdfKey key, Func<string> html, CancellationToken cancellationToken)
    {
        DropOlderThan(key);
        var created = new Lazy<Task<byte[]>>(() => PrintAsync(key, html));
        var entry = _pdfs.GetOrAdd(key, created);
        metrics.CacheLookup("briefing_pdf", hit: !ReferenceEquals(entry, created));
        // The render belongs to every caller waiting for it: one caller giving up must not cancel it for the others.
        return entry.Value.WaitAsync(cancellationToken);
    }

    private async Task<byte[]> PrintAsync(BriefingPdfKey key, Func<string> html)
    {
        try
        {
            return await printer.PrintAsync(html(), CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            _pdfs.TryRemove(key, out _);
            throw;
        }
    }

    private void DropOlderThan(BriefingPdfKey key)
    {
        var latest = _latest;
        if (latest is not null && latest.Version == key.Version && latest.Day == key.Day) return;
        _latest = key;
        foreach (var old in _pdfs.Keys.Where(k => k.Version != key.Version || k.Day != key.Day)) _pdfs.TryRemove(old, out _);
    }
}
