using System.Globalization;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Reads the bureau's rules file: CSV with a header naming <c>segment</c> (a segment id, a chain id, or <c>*</c> for
/// every other segment) and any of <c>min_local_firms</c>, <c>min_near_share</c>, <c>max_top_share</c>,
/// <c>strong_local_firms</c>; an empty cell keeps the default. Other columns (a <c>note</c>) are ignored; lines starting
/// with <c>#</c> are comments. Errors name the file, line and column.
/// </summary>
public static class BaselineFile
{
    private static readonly string[] Columns = ["segment", "min_local_firms", "min_near_share", "max_top_share", "strong_local_firms"];

    /// <exception cref="InvalidDataException">A row is malformed or names an unknown segment or chain.</exception>
    public static SegmentBaselines Read(TextReader reader, string fileName, AnalysisSettings defaults, IReadOnlySet<string> knownIds)
    {
        var lines = ReadLines(reader).ToList();
        if (lines.Count == 0) throw Error(fileName, 1, "segment", "the file is empty; it needs a header row");
        var header = lines[0].Cells.Select(c => c.ToLowerInvariant()).ToList();
        if (!header.Contains("segment"))
            throw Error(fileName, lines[0].Number, "segment",
                $"the header has no 'segment' column (columns: {string.Join(", ", Columns)})");
        var fallback = defaults.BaselineFor(new Domain.Segment("", "", "", Domain.Stage.Midstream, false));
        var rows = new Dictionary<string, SegmentBaseline>(StringComparer.Ordinal);
        SegmentBaseline? star = null;
        foreach (var (number, cells) in lines.Skip(1))
        {
            if (cells.Length != header.Count)
                throw Error(fileName, number, "segment", $"{cells.Length} fields where the header has {header.Count}");
            string Cell(string column) => header.IndexOf(column) is var i and >= 0 ? cells[i] : "";
            var id = Cell("segment");
            if (id != "*" && !knownIds.Contains(id))
                throw Error(fileName, number, "segment", $"'{id}' is neither a segment nor a chain id");
            var source = $"{Path.GetFileName(fileName)}:{number}";
            var row = new SegmentBaseline(source,
                Count(Cell("min_local_firms"), fallback.MinimumLocalFirms, fileName, number, "min_local_firms"),
                Share(Cell("min_near_share"), fallback.MinimumNearShare, fileName, number, "min_near_share"),
                Share(Cell("max_top_share"), fallback.MaximumTopShare, fileName, number, "max_top_share"),
                Count(Cell("strong_local_firms"), fallback.StrongLocalFirms, fileName, number, "strong_local_firms"));
            if (id == "*") star = row;
            else if (!rows.TryAdd(id, row)) throw Error(fileName, number, "segment", $"'{id}' is named twice");
        }
        return new SegmentBaselines(rows, star);
    }

    private static IEnumerable<(int Number, string[] Cells)> ReadLines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = number == 1 ? line.TrimStart('\uFEFF') : line;
            if (string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('#')) continue;
            yield return (number, text.Split(',').Select(c => c.Trim()).ToArray());
        }
    }

    private static int Count(string text, int fallback, string file, int line, string column)
    {
        if (text.Length == 0) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value : throw Error(file, line, column, $"'{text}' is not a whole number ≥ 0");
    }

    private static double Share(string text, double fallback, string file, int line, string column)
    {
        if (text.Length == 0) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value : throw Error(file, line, column, $"'{text}' is not a share between 0 and 1");
    }

    private static InvalidDataException Error(string file, int line, string column, string reason) =>
        new($"{file}:{line} [{column}]: error: {reason}");
}
