using System.Runtime.CompilerServices;

namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Reads a CSV edge list — a header row, then one edge per record whose first two fields are the source and
/// target ids (other fields are ignored) — straight from UTF-8 bytes into a <see cref="SupplyGraph"/>.
/// Quoted fields (RFC 4180) are allowed; blank lines are skipped; ids are compared byte for byte (ordinal).
/// Self-loops add their node but no edge; parallel edges merge.
/// </summary>
public static class EdgeListReader
{
    // A whole-process `analyze` of a 1M-edge file spends most of its time here, so records are scanned as bytes and
    // ids interned without making a string per record. The hot methods are AggressiveOptimization because a one-shot
    // process would otherwise run them in tier-0 and on-stack-replaced code: the cold read of the 1M-edge benchmark
    // file went from ~265 ms to ~225 ms (bench/analyze/RESULTS-analyze.md).
    private const int InitialBufferSize = 1 << 20;

    /// <summary>
    /// Reads an edge list from <paramref name="stream"/>; <paramref name="name"/> (e.g. the file's path) is used in error
    /// messages. The caller opens the stream: the reader reads it in blocks of 1 MB or more, so a file needs no buffer of
    /// its own (a <see cref="FileStream"/> with buffer size 1 and <see cref="FileOptions.SequentialScan"/>).
    /// </summary>
    /// <exception cref="EdgeListFormatException">A record is malformed (missing column, empty id, bad quoting).</exception>
    public static SupplyGraph Read(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sink = new EdgeSink(name, stream.CanSeek ? stream.Length : 0);
        ReadRecords(stream, sink, cancellationToken);
        return GraphBuilder.FromEdges(sink.Ids.ToStrings(), sink.Sources, sink.Targets);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadRecords(Stream stream, EdgeSink sink, CancellationToken cancellationToken)
    {
        var buffer = new byte[InitialBufferSize];
        int start = 0, end = 0;
        var endOfStream = false;
        long line = 1;
        var firstChunk = true;
        while (start < end || !endOfStream)
        {
            CsvRecordScanner.Status status;
            CsvRecord record;
            try
            {
                status = CsvRecordScanner.Scan(buffer.AsSpan(start, end - start), endOfStream, out record);
            }
            catch (FormatException e)
            {
                throw new EdgeListFormatException(sink.Name, line, e.Message);
            }
            if (status == CsvRecordScanner.Status.NeedMore)
            {
                cancellationToken.ThrowIfCancellationRequested();
                endOfStream = Refill(stream, ref buffer, ref start, ref end);
                if (firstChunk) start += SkipByteOrderMark(buffer.AsSpan(start, end - start));
                firstChunk = false;
                continue;
            }
            sink.Accept(buffer.AsSpan(start, record.Consumed), record, line);
            start += record.Consumed;
            line += record.Newlines;
        }
    }

    // Moves the unread tail to the front, grows the buffer if one record fills it, and reads more.
    private static bool Refill(Stream stream, ref byte[] buffer, ref int start, ref int end)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        return read == 0;
    }

    private static int SkipByteOrderMark(ReadOnlySpan<byte> data) => data.StartsWith("\uFEFF"u8) ? 3 : 0;
}
