namespace ChainGraph.Analysis.Graph;

/// <summary>
/// The first two fields of a scanned record, how many fields it had, how many bytes it took (terminator
/// included) and how many line breaks it spanned.
/// </summary>
internal readonly record struct CsvRecord(CsvField First, CsvField Second, int FieldCount, int Consumed, int Newlines)
{
    /// <summary>An empty line: one empty, unquoted field.</summary>
    public bool IsBlank => FieldCount == 1 && First.Length == 0 && !First.Quoted;
}
