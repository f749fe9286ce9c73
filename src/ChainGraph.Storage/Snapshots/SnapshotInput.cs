using System.IO.Hashing;
using System.Runtime.InteropServices;

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

    public string?[] Texts() => TextColumn().Decode();

    /// <summary>A text column as stored, to be decoded later (on another thread while the rest is read).</summary>
    public TextColumn TextColumn() => new(Array<int>(), Array<byte>());

    /// <summary>Dictionary-encoded texts; equal values come back as one shared string instance.</summary>
    public string?[] Codes()
    {
        var column = CodeColumn();
        var texts = new string?[column.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = column[i];
        return texts;
    }

    /// <summary>Dictionary-encoded texts, read by row without a string array per column.</summary>
    public CodeColumn CodeColumn()
    {
        var values = Texts();
        var codes = Array<int>();
        foreach (var code in codes)
            if (code >= values.Length) throw new InvalidDataException("a text code is outside its dictionary");
        return new CodeColumn(values, codes);
    }

    private void Raw(Span<byte> bytes)
    {
        if (bytes.Length > _left) throw new InvalidDataException("the snapshot ends early");
        stream.ReadExactly(bytes);
        _hash.Append(bytes);
        _left -= bytes.Length;
    }
}
