using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using ChainGraph.Domain.Tables;

namespace ChainGraph.Storage.Snapshots;

/// <summary>
/// Writes the payload of a snapshot file: arrays of unmanaged values as raw little-endian bytes, strings as UTF-8,
/// everything hashed on the way out. Low-cardinality text (districts, regions) is dictionary-encoded.
/// </summary>
internal sealed class SnapshotOutput(Stream stream)
{
    private readonly XxHash3 _hash = new();

    public long Length { get; private set; }

    public ulong Hash => _hash.GetCurrentHashAsUInt64();

    public void Array<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        Int(values.Length);
        Raw(MemoryMarshal.AsBytes(values));
    }

    public void Int(int value) => Raw(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));

    /// <summary>Texts as a length column (-1 for null) and one UTF-8 blob.</summary>
    public void Texts(IReadOnlyList<string?> texts)
    {
        var lengths = new int[texts.Count];
        var blob = new MemoryStream();
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is not { } text) { lengths[i] = -1; continue; }
            var bytes = Encoding.UTF8.GetBytes(text);
            lengths[i] = bytes.Length;
            blob.Write(bytes);
        }
        Array<int>(lengths);
        Array<byte>(blob.GetBuffer().AsSpan(0, (int)blob.Length));
    }

    /// <summary>A UTF-8 text column, in the layout of <see cref="Texts(IReadOnlyList{string})"/>: each text's length, then the blob as it is.</summary>
    public void Texts(Utf8Texts texts)
    {
        var offsets = texts.Offsets;
        var lengths = new int[texts.Count];
        for (var i = 0; i < lengths.Length; i++) lengths[i] = offsets[i + 1] - offsets[i];
        Array<int>(lengths);
        Array(texts.Blob);
    }

    /// <summary>Texts with few distinct values: the distinct values once, then one code per row (-1 for none).</summary>
    public void Codes(CodedTexts texts)
    {
        Texts(texts.Values);
        Array(texts.Codes);
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        _hash.Append(bytes);
        Length += bytes.Length;
    }
}
