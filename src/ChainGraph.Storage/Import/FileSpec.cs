namespace ChainGraph.Storage.Import;

/// <summary>An import file: its stem (`supplies` for supplies.csv / supplies.jsonl) and its columns.</summary>
public sealed record FileSpec(RecordKind Kind, string Stem, IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>The column's position in <see cref="Columns"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
