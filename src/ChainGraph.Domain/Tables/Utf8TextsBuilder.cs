namespace ChainGraph.Domain.Tables;

/// <summary>
/// Builds a <see cref="Utf8Texts"/> row by row from UTF-8 bytes, so a reader that already holds bytes (a database row,
/// a file) makes no string per row.
/// </summary>
public sealed class Utf8TextsBuilder(int capacity = 0)
{
    private int[] _offsets = new int[capacity + 1];
    private byte[] _blob = new byte[Math.Max(capacity, 1) * 16];
    private int _count;

    /// <summary>Appends a row: <paramref name="utf8"/>, which must be valid UTF-8.</summary>
    public void Add(ReadOnlySpan<byte> utf8)
    {
        var length = _offsets[_count];
        if (_count + 1 == _offsets.Length) Array.Resize(ref _offsets, _offsets.Length * 2);
        if (length + utf8.Length > _blob.Length) Array.Resize(ref _blob, checked((int)Math.Min(Array.MaxLength, Math.Max(
            2L * _blob.Length, (long)length + utf8.Length))));
        utf8.CopyTo(_blob.AsSpan(length));
        _offsets[++_count] = length + utf8.Length;
    }

    /// <summary>The texts added so far, trimmed to their size.</summary>
    public Utf8Texts Build() => new(_offsets[..(_count + 1)], _blob[.._offsets[_count]]);
}
