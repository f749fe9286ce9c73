using System.Text;

namespace ChainGraph.Domain.Tables;

/// <summary>
/// Builds a <see cref="CodedTexts"/> row by row. A value given as UTF-8 bytes is looked up without making a string; only
/// its first occurrence is decoded, so a million rows over a few hundred districts make a few hundred strings.
/// </summary>
public sealed class CodedTextsBuilder(int capacity = 0)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly List<int> _codes = new(capacity);
    private char[] _chars = new char[64];

    /// <summary>Appends a row holding <paramref name="text"/>, or nothing for null.</summary>
    public void Add(string? text)
    {
        if (text is null) AddMissing();
        else _codes.Add(Code(text));
    }

    /// <summary>Appends a row holding <paramref name="utf8"/>, which must be valid UTF-8.</summary>
    public void Add(ReadOnlySpan<byte> utf8)
    {
        if (_chars.Length < utf8.Length) _chars = new char[utf8.Length];
        var text = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        _codes.Add(_index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var code) ? code : Code(text.ToString()));
    }

    /// <summary>Appends a row holding nothing.</summary>
    public void AddMissing() => _codes.Add(-1);

    public CodedTexts Build() => new([.. _values], [.. _codes]);

    private int Code(string text)
    {
        if (_index.TryGetValue(text, out var code)) return code;
        _index[text] = code = _values.Count;
        _values.Add(text);
        return code;
    }
}
