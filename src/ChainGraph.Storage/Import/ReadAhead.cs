using System.Threading.Channels;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Enumerates a sequence on a thread-pool thread a few batches ahead of its reader, so a file is parsed on one core while
/// the other checks its rows (validation) or writes them (the store). The source's exception reaches the reader in place
/// of the items it did not yield; a reader that stops early (or fails) stops the source and waits for it, so nothing reads
/// on after the reader.
/// </summary>
internal static class ReadAhead
{
    // Few rows in flight: whatever waits in the channel when a gen-0 collection runs survives it and is copied. With 4 batches
    // of 4,096 supply records ahead, validating 10M supplies took 17.7 s instead of 15.5 s on one thread; with 2 of 256 it
    // takes 12 s, and the enterprises' write went 5.6 -> 4.5 s (bench/RESULTS.md, session 9).
    internal const int BatchSize = 256;
    private const int BatchesAhead = 2;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ProduceAsync(source, batches.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (batches.Reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                while (batches.Reader.TryRead(out var batch))
                {
                    foreach (var item in batch) yield return item;
                }
            }
        }
        finally
        {
            stop.Cancel();
            producer.GetAwaiter().GetResult();
        }
    }

    // Never throws: the outcome, items or exception, goes into the channel.
    private static async Task ProduceAsync<T>(IEnumerable<T> source, ChannelWriter<List<T>> writer, CancellationToken stop)
    {
        try
        {
            var batch = new List<T>(BatchSize);
            foreach (var item in source)
            {
                batch.Add(item);
                if (batch.Count < BatchSize) continue;
                await writer.WriteAsync(batch, stop).ConfigureAwait(false);
                batch = new List<T>(BatchSize);
            }
            if (batch.Count > 0) await writer.WriteAsync(batch, stop).ConfigureAwait(false);
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }
}
