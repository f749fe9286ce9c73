namespace ChainGraph.Storage.Import;

/// <summary>An import file: its stem (`supplies` for supplies.csv / supplies.jsonl) and its columns.</summary>
public sealed record FileSpec(RecordKind Kind, string Stem, IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>The column's position in <see cref="Columns"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        // The parsers ask by the spec's own literals, the same interned strings: found by reference, ten million rows a file.
        for (var i = 0; i < Columns.Count; i++)
        {
            if (ReferenceEquals(Columns[i].Name, name)) return i;
        }
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
