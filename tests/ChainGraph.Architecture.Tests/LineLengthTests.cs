namespace ChainGraph.Architecture.Tests;

/// <summary>
/// Lines in src/ are at most 140 characters (.editorconfig max_line_length). Text may run longer: a line counts with
/// its string literals emptied, so a long message or template is one line, while the code around it still fits.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 140;

    // Files whose long lines are text no literal rule sees: lines inside a multi-line (raw) string.
    private static readonly string[] DataFiles =
    [
        "ChainGraph.Reporting/BriefingStyle.cs",
    ];

    [Fact]
    public void SourceLines_AreAtMost140CharactersOfCode()
    {
        var offenders = SourceFiles()
            .Where(f => !DataFiles.Contains(f))
            .SelectMany(f => LongLines(f).Select(n => $"src/{f}:{n}"));

        offenders.Should().BeEmpty($"code lines are at most {MaxLength} characters");
    }

    [Fact]
    public void DataFiles_AllStillHaveLongLines()
    {
        var stale = DataFiles.Where(f => !File.Exists(FullPath(f)) || !LongLines(f).Any());

        stale.Should().BeEmpty("a data file without long lines leaves the allow-list");
    }

    [Theory]
    [InlineData("        throw new ArgumentException($\"a {x} b\", nameof(x));", 52)]
    [InlineData("        var s = string.Join(\", \", xs) + \"\\\"\" + '\"';", 47)]
    [InlineData("        Foo($\"a {string.Join(\", \", xs)} b\");", 21)]
    public void CodeLength_EmptiesStringLiterals(string line, int expected) => CodeLength(line).Should().Be(expected);

    /// <summary>The length of <paramref name="line"/> with each string literal counted as <c>""</c>.</summary>
    internal static int CodeLength(string line)
    {
        var length = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\'' && i + 2 < line.Length)
            {
                var end = line.IndexOf('\'', i + (line[i + 1] == '\\' ? 3 : 2));
                length += (end < 0 ? line.Length : end + 1) - i;
                i = end < 0 ? line.Length : end;
            }
            else if (line[i] == '"')
            {
                i = ClosingQuote(line, i);
                length += 2;
            }
            else
            {
                length++;
            }
        }
        return length;
    }

    // Index of the quote that ends the literal opened at 'open' (escapes skipped), or the line's end.
    private static int ClosingQuote(string line, int open)
    {
        var verbatim = open > 0 && line[open - 1] == '@' || open > 1 && line[open - 2] == '@';
        for (var i = open + 1; i < line.Length; i++)
        {
            if (!verbatim && line[i] == '\\') i++;
            else if (line[i] == '"') return i;
        }
        return line.Length;
    }

    private static IEnumerable<string> SourceFiles()
    {
        var src = Path.Combine(Repository.Root, "src");
        return Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
    }

    private static IEnumerable<int> LongLines(string file) =>
        File.ReadLines(FullPath(file))
            .Select((line, i) => (Length: CodeLength(line), Number: i + 1))
            .Where(x => x.Length > MaxLength)
            .Select(x => x.Number);

    private static string FullPath(string file) => Path.Combine(Repository.Root, "src", file);
}
