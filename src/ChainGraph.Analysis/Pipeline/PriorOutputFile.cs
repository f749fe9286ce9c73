using System.Globalization;
using System.Text;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// Reads last year's annual output (亿元) by enterprise: CSV with a header naming <c>id</c> or <c>enterprise_id</c> and
/// <c>annual_output</c> — last year's enterprises.csv works as it is. Other columns are ignored, an empty output cell means
/// not known. Errors name the file, line and column; nothing is returned from a file with an error.
/// </summary>
public static class PriorOutputFile
{
    /// <exception cref="InvalidDataException">The header lacks a column, or a row is malformed or names an enterprise twice.</exception>
    public static IReadOnlyDictionary<string, double> Read(TextReader reader, string fileName)
    {
        var header = reader.ReadLine() is { } first ? Split(first.TrimStart('\uFEFF')).Select(c => c.ToLowerInvariant()).ToList() : [];
        var idColumn = header.IndexOf("id") is var i and >= 0 ? i : header.IndexOf("enterprise_id");
        var outputColumn = header.IndexOf("annual_output");
        if (idColumn < 0) throw Error(fileName, 1, "id", "the header names neither 'id' nor 'enterprise_id'");
        if (outputColumn < 0) throw Error(fileName, 1, "annual_output", "the header has no 'annual_output' column");
        var outputs = new Dictionary<string, double>(StringComparer.Ordinal);
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = Split(line);
            if (cells.Count != header.Count)
                throw Error(fileName, number, header[idColumn], $"{cells.Count} fields where the header has {header.Count}");
            if (cells[outputColumn].Length == 0) continue;
            if (!double.TryParse(cells[outputColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var output) || output < 0
                || !double.IsFinite(output))
                throw Error(fileName, number, "annual_output", $"'{cells[outputColumn]}' is not an output in 亿元 (a number ≥ 0)");
            if (!outputs.TryAdd(cells[idColumn], output))
                throw Error(fileName, number, header[idColumn], $"'{cells[idColumn]}' is named twice");
        }
        return outputs;
    }

    // RFC 4180 fields on one line: quoted fields may hold commas and doubled quotes.
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (quoted && c == '"' && k + 1 < line.Length && line[k + 1] == '"') { cell.Append('"'); k++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString().Trim());
        return cells;
    }

    private static InvalidDataException Error(string file, int line, string column, string reason) =>
        new($"{file}:{line} [{column}]: error: {reason}");
}
