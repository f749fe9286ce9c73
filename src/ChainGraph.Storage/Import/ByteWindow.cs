namespace ChainGraph.Storage.Import;

/// <summary>
/// A growable window of unread bytes over a stream, shared by the record readers: callers parse
/// <c>Buffer[Start..End]</c>, advance <see cref="Start"/>, and call <see cref="Fill"/> when a record runs past the end.
/// It grows to at most <paramref name="maxRecord"/> bytes: one record longer than that (a 3 GB line of <c>/dev/zero</c>,
/// say) throws <see cref="RecordTooLongException"/> instead of taking the memory.
/// </summary>
internal sealed class ByteWindow(Stream stream, int maxRecord = 1 << 20)
{
    public byte[] Buffer { get; private set; } = new byte[Math.Min(1 << 16, maxRecord)];
    public int Start { get; set; }
    public int End { get; private set; }
    public bool AtEndOfStream { get; private set; }

    public ReadOnlySpan<byte> Unread => Buffer.AsSpan(Start, End - Start);

    /// <summary>
    /// Moves the unread bytes to the front, grows the buffer when it is full, and reads more; false at the end of the stream.
    /// </summary>
    public bool Fill()
    {
        if (Start > 0)
        {
            System.Buffer.BlockCopy(Buffer, Start, Buffer, 0, End - Start);
            End -= Start;
            Start = 0;
        }
        if (End == Buffer.Length)
        {
            if (Buffer.Length >= maxRecord) throw new RecordTooLongException(maxRecord);
            var grown = Buffer;
            Array.Resize(ref grown, (int)Math.Min((long)grown.Length * 2, maxRecord));
            Buffer = grown;
        }
        var read = stream.Read(Buffer, End, Buffer.Length - End);
        End += read;
        AtEndOfStream = read == 0;
        return read > 0;
    }
}

/// <summary>A record (CSV record or JSON line) longer than the import's record limit.</summary>
internal sealed class RecordTooLongException(int limit) : Exception(
    $"a record longer than {limit:N0} bytes (the limit per record); is this an import file?")
{
    public int Limit => limit;
}
