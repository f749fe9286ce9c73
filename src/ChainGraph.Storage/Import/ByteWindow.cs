namespace ChainGraph.Storage.Import;

/// <summary>
/// A growable window of unread bytes over a stream, shared by the record readers: callers parse
/// <c>Buffer[Start..End]</c>, advance <see cref="Start"/>, and call <see cref="Fill"/> when a record runs past the end.
/// </summary>
internal sealed class ByteWindow(Stream stream)
{
    public byte[] Buffer { get; private set; } = new byte[1 << 16];
    public int Start { get; set; }
    public int End { get; private set; }
    public bool AtEndOfStream { get; private set; }

    public ReadOnlySpan<byte> Unread => Buffer.AsSpan(Start, End - Start);

    /// <summary>Moves the unread bytes to the front, grows the buffer when it is full, and reads more; false at the end of the stream.</summary>
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
            var grown = Buffer;
            Array.Resize(ref grown, grown.Length * 2);
            Buffer = grown;
        }
        var read = stream.Read(Buffer, End, Buffer.Length - End);
        End += read;
        AtEndOfStream = read == 0;
        return read > 0;
    }
}
