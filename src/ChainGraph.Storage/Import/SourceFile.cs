namespace ChainGraph.Storage.Import;

/// <summary>One file of an import: which spec it follows, where it is, and whether it is JSON Lines.</summary>
public sealed record SourceFile(FileSpec Spec, string Path, bool JsonLines)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public long Length => new FileInfo(Path).Length;

    /// <summary>Opens a reader positioned on the first record; null when the header is unusable (reasons in <paramref name="issues"/>).</summary>
    public IRecordReader? Open(ICollection<ImportIssue> issues)
    {
        var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return JsonLines ? new JsonLinesRecordReader(stream, Path, Spec) : CsvRecordReader.Open(stream, Path, Spec, issues);
    }
}
