using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

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

    /// <summary>Texts with few distinct values: the distinct values once, then one code per row.</summary>
    public void Codes(IReadOnlyList<string?> texts)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string?>();
        var codes = new int[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is not { } text) { codes[i] = -1; continue; }
            if (!dictionary.TryGetValue(text, out var code)) { code = dictionary[text] = values.Count; values.Add(text); }
            codes[i] = code;
        }
        Texts(values);
        Array<int>(codes);
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        _hash.Append(bytes);
        Length += bytes.Length;
    }
}
