using System.Text;

namespace ChainGraph.Domain.Tables;

/// <summary>
/// Texts end to end in one UTF-8 blob, text <c>i</c> in bytes <c>Offsets[i] .. Offsets[i + 1]</c>: a million ids or
/// names as two arrays instead of a million strings. A text becomes a string only when asked for.
/// </summary>
public sealed class Utf8Texts : IReadOnlyList<string>
{
    private readonly int[] _offsets;
    private readonly byte[] _blob;

    /// <param name="offsets">Count + 1 ascending offsets into <paramref name="blob"/>, the first 0, the last its length.</param>
    /// <exception cref="InvalidDataException">The offsets do not describe <paramref name="blob"/>.</exception>
    public Utf8Texts(int[] offsets, byte[] blob)
    {
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != blob.Length)
            throw new InvalidDataException("the dataset is inconsistent: a text column's offsets do not span its texts");
        for (var i = 1; i < offsets.Length; i++)
            if (offsets[i] < offsets[i - 1]) throw new InvalidDataException("the dataset is inconsistent: a text column's offsets go back");
        (_offsets, _blob) = (offsets, blob);
    }

    /// <summary>Encodes <paramref name="texts"/>.</summary>
    public static Utf8Texts From(IReadOnlyList<string> texts)
    {
        var offsets = new int[texts.Count + 1];
        var length = 0L;
        for (var i = 0; i < texts.Count; i++) offsets[i + 1] = checked((int)(length += Encoding.UTF8.GetByteCount(texts[i])));
        var blob = new byte[length];
        for (var i = 0; i < texts.Count; i++) Encoding.UTF8.GetBytes(texts[i], blob.AsSpan(offsets[i]));
        return new Utf8Texts(offsets, blob);
    }

    /// <summary>Number of texts.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>Text <paramref name="row"/> as a new string.</summary>
    public string this[int row] => Encoding.UTF8.GetString(Bytes(row));

    /// <summary>Text <paramref name="row"/>'s UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Bytes(int row) => _blob.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>The offsets as stored (Count + 1), for writing the column out.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>All texts' bytes end to end, for writing the column out.</summary>
    public ReadOnlySpan<byte> Blob => _blob;

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
