using System.IO.Hashing;

namespace ChainGraph.Storage.Import;

/// <summary>
/// One file of an import: which spec it follows, where it is, whether it is JSON Lines, and the rules it is read under
/// (<see cref="ImportAccess"/>: regular files only, inside the root if there is one, within the size limits).
/// </summary>
public sealed record SourceFile(FileSpec Spec, string Path, bool JsonLines, ImportAccess? Access = null)
{
    private ImportAccess Rules => Access ?? ImportAccess.Local;

    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>The size in bytes when the file was checked (<see cref="ImportSource"/> sets it).</summary>
    public long Length { get; init; }

    /// <summary>
    /// Opens a reader positioned on the first record; null when the file is refused or its header is unusable (reasons
    /// in <paramref name="issues"/>). The file is checked again as it is opened, so a file swapped for a FIFO or a link
    /// out of the root after the first check is refused, never read.
    /// </summary>
    /// <param name="hash">When given, every byte read is added to it (the file's content hash once read to the end).</param>
    public IRecordReader? Open(ICollection<ImportIssue> issues, XxHash3? hash = null)
    {
        Stream stream;
        try
        {
            var opened = OpenChecked();
            stream = new FileStream(opened.Handle, FileAccess.Read, 1 << 16);
            if (hash is not null) stream = new HashingStream(stream, hash);
        }
        catch (ImportRefusedException e)
        {
            issues.Add(new(Path, 0, null, e.Message));
            return null;
        }
        var maxRecord = Rules.Limits.MaxLineBytes;
        return JsonLines
            ? new JsonLinesRecordReader(stream, Path, Spec, maxRecord)
            : CsvRecordReader.Open(stream, Path, Spec, issues, maxRecord);
    }

    /// <summary>The XxHash3 of the file's bytes (as <see cref="Open"/>'s hash once read to the end), read under the same rules.</summary>
    /// <exception cref="ImportRefusedException">The file does not pass the rules.</exception>
    public ulong ContentHash(Action<long>? progress = null)
    {
        using var opened = OpenChecked();
        using var stream = new FileStream(opened.Handle, FileAccess.Read, 0);
        var (hash, buffer) = (new XxHash3(), new byte[1 << 20]);
        long done = 0;
        for (int read; (read = stream.Read(buffer)) > 0; progress?.Invoke(done += read)) hash.Append(buffer.AsSpan(0, read));
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>Opens the file if it passes the rules: a regular file, inside the root (real path), within the per-file limit.</summary>
    /// <exception cref="ImportRefusedException">It does not.</exception>
    internal CheckedFile OpenChecked()
    {
        var opened = FileAccessChecks.OpenRegular(Path, Name);
        try
        {
            if (Rules.Root is { } root && !root.Contains(opened.RealPath))
                throw new ImportRefusedException(
                    $"{Name} links to a file outside the import root; an import reads files inside the root only");
            if (opened.Length > Rules.Limits.MaxFileBytes)
                throw new ImportRefusedException(
                    $"{Name} holds {opened.Length:N0} bytes, more than the limit of {Rules.Limits.MaxFileBytes:N0} per file");
            return new CheckedFile(opened.Handle, opened.Length);
        }
        catch
        {
            opened.Handle.Dispose();
            throw;
        }
    }

    /// <summary>An open handle that passed the checks, and the file's size then.</summary>
    internal sealed record CheckedFile(Microsoft.Win32.SafeHandles.SafeFileHandle Handle, long Length) : IDisposable
    {
        public void Dispose() => Handle.Dispose();
    }
}
