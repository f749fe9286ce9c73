namespace ChainGraph.Cli.Projects;

/// <summary>
/// A plain-text table padded by display width: Chinese (and other East Asian wide) characters take two columns on a
/// terminal, so padding by <c>string.Length</c> would misalign every row with a Chinese name.
/// </summary>
public static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = header.Select((_, i) => all.Max(r => Width(r[i]))).ToArray();
        foreach (var row in all) output.WriteLine(string.Join("  ", row.Select((cell, i) => Pad(cell, widths[i]))).TrimEnd());
    }

    /// <summary>Terminal columns the text takes: two for a wide character, one otherwise.</summary>
    public static int Width(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    private static string Pad(string text, int width) => text + new string(' ', width - Width(text));

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
