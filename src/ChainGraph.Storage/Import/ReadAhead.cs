using System.Threading.Channels;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Enumerates a sequence on a thread-pool thread a few batches ahead of its reader, so a file is parsed on one core while
/// the store writes its records on the other. The source's exception reaches the reader in place of the items it did not
/// yield; a reader that stops early (or fails) stops the source and waits for it, so nothing reads on after the reader.
/// </summary>
internal static class ReadAhead
{
    private const int BatchSize = 4096;
    private const int BatchesAhead = 4;

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
