namespace ChainGraph.Domain.Tables;

/// <summary>
/// A column of few distinct texts (districts, regions, countries, industry codes, cities): each row's code into
/// <see cref="Values"/>, -1 for none. Equal texts are one string; a filter compares codes, not strings.
/// </summary>
public sealed class CodedTexts
{
    private readonly string[] _values;
    private readonly int[] _codes;

    /// <exception cref="InvalidDataException">A code is outside <paramref name="values"/>.</exception>
    public CodedTexts(string[] values, int[] codes)
    {
        foreach (var code in codes)
            if (code < -1 || code >= values.Length)
                throw new InvalidDataException("the dataset is inconsistent: a text code is outside its dictionary");
        (_values, _codes) = (values, codes);
    }

    /// <summary>Dictionary-encodes <paramref name="texts"/> (nulls allowed).</summary>
    public static CodedTexts From(IReadOnlyList<string?> texts)
    {
        var builder = new CodedTextsBuilder(texts.Count);
        foreach (var text in texts) builder.Add(text);
        return builder.Build();
    }

    /// <summary>Number of rows.</summary>
    public int Count => _codes.Length;

    /// <summary>Row <paramref name="row"/>'s text, or null.</summary>
    public string? this[int row] => _codes[row] is var code and >= 0 ? _values[code] : null;

    /// <summary>Row <paramref name="row"/>'s code, -1 for none.</summary>
    public int Code(int row) => _codes[row];

    /// <summary>The code of <paramref name="text"/>, -1 when no row holds it.</summary>
    public int CodeOf(string text) => Array.IndexOf(_values, text);

    /// <summary>The distinct texts, by code.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>Every row's code, for writing the column out.</summary>
    public ReadOnlySpan<int> Codes => _codes;
}
