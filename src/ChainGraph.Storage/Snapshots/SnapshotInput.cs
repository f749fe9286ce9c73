using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace ChainGraph.Storage.Snapshots;

/// <summary>
/// Reads what <see cref="SnapshotOutput"/> wrote, hashing as it goes. Every count is checked against the bytes left,
/// so a corrupt file fails with <see cref="InvalidDataException"/> instead of allocating without limit.
/// </summary>
internal sealed class SnapshotInput(Stream stream, long length)
{
    private readonly XxHash3 _hash = new();
    private long _left = length;

    public ulong Hash => _hash.GetCurrentHashAsUInt64();

    public long Left => _left;

    public T[] Array<T>() where T : unmanaged
    {
        var count = Int();
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (count < 0 || (long)count * size > _left) throw new InvalidDataException($"a column claims {count} values, more than the file holds");
        var values = new T[count];
        Raw(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public int Int()
    {
        var value = 0;
        Raw(MemoryMarshal.AsBytes(new Span<int>(ref value)));
        return value;
    }

    public string?[] Texts()
    {
        var lengths = Array<int>();
        var blob = Array<byte>();
        var texts = new string?[lengths.Length];
        var offset = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            var length = lengths[i];
            if (length < 0) continue;
            if (length > blob.Length - offset) throw new InvalidDataException("a text runs past the end of its column");
            texts[i] = Encoding.UTF8.GetString(blob, offset, length);
            offset += length;
        }
        return texts;
    }

    /// <summary>Dictionary-encoded texts; equal values come back as one shared string instance.</summary>
    public string?[] Codes()
    {
        var values = Texts();
        var codes = Array<int>();
        var texts = new string?[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            if (code >= values.Length) throw new InvalidDataException("a text code is outside its dictionary");
            texts[i] = code < 0 ? null : values[code];
        }
        return texts;
    }

    private void Raw(Span<byte> bytes)
    {
        if (bytes.Length > _left) throw new InvalidDataException("the snapshot ends early");
        stream.ReadExactly(bytes);
        _hash.Append(bytes);
        _left -= bytes.Length;
    }
}
