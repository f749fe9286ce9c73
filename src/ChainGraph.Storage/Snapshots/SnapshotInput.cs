using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using ChainGraph.Domain.Tables;

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
        if (count < 0 || (long)count * size > _left)
            throw new InvalidDataException($"a column claims {count} values, more than the file holds");
        var values = GC.AllocateUninitializedArray<T>(count);
        Raw(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public int Int()
    {
        var value = 0;
        Raw(MemoryMarshal.AsBytes(new Span<int>(ref value)));
        return value;
    }

    /// <summary>A text column decoded, nulls (length -1) kept.</summary>
    public string?[] Texts()
    {
        var (lengths, blob, offsets) = TextOffsets(nullable: true);
        return [.. lengths.Select((length, i) => length < 0 ? null : Encoding.UTF8.GetString(blob, offsets[i], length))];
    }

    /// <summary>A text column without nulls, kept as UTF-8 (<see cref="SnapshotOutput.Texts(Utf8Texts)"/>).</summary>
    public Utf8Texts Utf8Texts()
    {
        var (_, blob, offsets) = TextOffsets(nullable: false);
        return new Utf8Texts(offsets, blob);
    }

    // A text column's lengths and blob, with each text's start (a null, length -1, takes no bytes).
    private (int[] Lengths, byte[] Blob, int[] Offsets) TextOffsets(bool nullable)
    {
        var lengths = Array<int>();
        var blob = Array<byte>();
        var offsets = new int[lengths.Length + 1];
        for (var i = 0; i < lengths.Length; i++)
        {
            var length = Math.Max(lengths[i], 0);
            if ((lengths[i] < 0 && !nullable) || length > blob.Length - offsets[i])
                throw new InvalidDataException("a text runs past the end of its column");
            offsets[i + 1] = offsets[i] + length;
        }
        return (lengths, blob, offsets);
    }

    /// <summary>Dictionary-encoded texts (<see cref="SnapshotOutput.Codes"/>).</summary>
    public CodedTexts CodedTexts()
    {
        var values = Texts();
        if (values.Any(v => v is null)) throw new InvalidDataException("a text dictionary holds a null");
        return new CodedTexts(values!, Array<int>());
    }

    private void Raw(Span<byte> bytes)
    {
        if (bytes.Length > _left) throw new InvalidDataException("the snapshot ends early");
        stream.ReadExactly(bytes);
        _hash.Append(bytes);
        _left -= bytes.Length;
    }
}
