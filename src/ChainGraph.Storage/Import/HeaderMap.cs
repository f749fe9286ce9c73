namespace ChainGraph.Storage.Import;

/// <summary>
/// Maps a file's own field order (columns in any order, extra columns allowed) onto a
/// <see cref="FileSpec"/>'s columns. Extra columns are ignored with a warning.
/// </summary>
public sealed class HeaderMap
{
    private readonly int[] _columnOfField;
    private readonly FileSpec _spec;

    private HeaderMap(int[] columnOfField, FileSpec spec)
    {
        _columnOfField = columnOfField;
        _spec = spec;
    }

    public static HeaderMap Empty { get; } = new([], new FileSpec(RecordKind.Chains, "", []));

    /// <summary>Number of fields each row of the file must have.</summary>
    public int FieldCount => _columnOfField.Length;

    /// <summary>Number of columns in the spec (the length of <see cref="RawRecord.Values"/>).</summary>
    public int ColumnCount => _spec.Columns.Count;

    /// <summary>The spec column of the file's field <paramref name="field"/>, or -1 for an ignored extra column.</summary>
    public int ColumnOf(int field) => _columnOfField[field];

    public string Name(int column) => _spec.Columns[column].Name;

    /// <summary>Builds the map, or returns null with errors for duplicate or missing required columns.</summary>
    public static HeaderMap? Create(IReadOnlyList<string> names, int line, string file, FileSpec spec, ICollection<ImportIssue> issues)
    {
        var columnOfField = new int[names.Count];
        var seen = new HashSet<int>();
        var ok = true;
        for (var field = 0; field < names.Count; field++)
        {
            var column = spec.IndexOf(names[field]);
            columnOfField[field] = column;
            if (column < 0)
                issues.Add(UnknownColumn(file, line, names[field], "column"));
            else if (!seen.Add(column))
            {
                issues.Add(new(file, line, names[field], "the column appears twice in the header"));
                ok = false;
            }
        }
        foreach (var missing in spec.Columns.Where((c, i) => c.Required && !seen.Contains(i)))
        {
            issues.Add(new(file, line, missing.Name,
                $"required column is missing from the header (expected: {string.Join(",", spec.Columns.Select(c => c.Name))})"));
            ok = false;
        }
        return ok ? new HeaderMap(columnOfField, spec) : null;
    }

    /// <summary>
    /// The warning for an unknown column (or JSON field). Its name is echoed only when it could be a column name (short,
    /// printable, one line); anything else is described by its length, so a file that is not an import file (a secret,
    /// a binary) never has its first line repeated back to the caller.
    /// </summary>
    public static ImportIssue UnknownColumn(string file, int line, string name, string what) =>
        LooksLikeName(name)
            ? new(file, line, name, $"unknown {what}, ignored", IssueSeverity.Warning)
            : new(file, line, null,
            $"an unknown {what} whose name ({name.Length} characters) is not a column name, ignored; is this an import file?",
            IssueSeverity.Warning);

    private static bool LooksLikeName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => !char.IsControl(c) && !char.IsSurrogate(c) && c != '\uFFFD');
}
