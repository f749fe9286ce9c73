using System.Text.Json;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Writes records as import files (JSON Lines, one file per kind) so that edits made through the API go through
/// exactly the validation and write path of an import.
/// </summary>
public static class JsonLinesFiles
{
    /// <summary>
    /// Writes <paramref name="rows"/> (field name → value, names as in <see cref="FileSpecs"/>) to <c>DIR/STEM.jsonl</c>.
    /// </summary>
    public static void Write(string directory, FileSpec spec, IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var unknown = rows.SelectMany(r => r.Keys).Distinct().Where(k => spec.IndexOf(k) < 0).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"{spec.Stem} has no columns {string.Join(", ", unknown)}", nameof(rows));
        Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(Path.Combine(directory, spec.Stem + ".jsonl"));
        foreach (var row in rows) writer.WriteLine(JsonSerializer.Serialize(row.Where(kv => kv.Value is not null).ToDictionary()));
    }
}
