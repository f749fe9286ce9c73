namespace ChainGraph.Storage.Import;

/// <summary>The outcome of validating an import: every issue, and the rows read per file.</summary>
public sealed class ImportReport(IReadOnlyList<ImportIssue> issues, IReadOnlyDictionary<string, int> rowsRead)
{
    public IReadOnlyList<ImportIssue> Issues => issues;

    public IEnumerable<ImportIssue> Errors => issues.Where(i => i.Severity == IssueSeverity.Error);

    public IEnumerable<ImportIssue> Warnings => issues.Where(i => i.Severity == IssueSeverity.Warning);

    /// <summary>Rows read per file path (including rejected rows).</summary>
    public IReadOnlyDictionary<string, int> RowsRead => rowsRead;

    public bool Accepted => !Errors.Any();

    /// <summary>Number of distinct rows (file and line) with at least one error.</summary>
    public int RejectedRows => Errors.Where(e => e.Line > 0).Select(e => (e.File, e.Line)).Distinct().Count();
}
