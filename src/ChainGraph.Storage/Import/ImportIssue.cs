namespace ChainGraph.Storage.Import;

/// <summary>
/// One finding about an input file: where (file, 1-based physical line, column name) and why.
/// Errors reject the whole import; warnings are reported and the import goes on.
/// </summary>
public sealed record ImportIssue(string File, int Line, string? Column, string Message, IssueSeverity Severity = IssueSeverity.Error)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        var column = Column is null ? "" : $" [{Column}]";
        return $"{where}{column}: {Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}

public enum IssueSeverity
{
    Error,
    Warning,
}
