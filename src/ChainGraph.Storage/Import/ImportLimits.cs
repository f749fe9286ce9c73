namespace ChainGraph.Storage.Import;

/// <summary>
/// How much one import may read: each file at most <see cref="MaxFileBytes"/>, all files together at most
/// <see cref="MaxImportBytes"/>, and no record (a CSV record, a JSON line) longer than <see cref="MaxLineBytes"/>.
/// Sizes are checked when a file is opened, before anything is read; a record over the limit is an error with its file
/// and line, so no input grows a buffer without bound.
/// </summary>
public sealed record ImportLimits(long MaxFileBytes, long MaxImportBytes, int MaxLineBytes)
{
    /// <summary>The smallest record limit: the readers' initial buffer.</summary>
    public const int MinLineBytes = 1 << 16;

    /// <summary>4 GiB per file (the 10-million-supply benchmark's file is about 0.8 GiB), 16 GiB per import, 1 MiB per record.</summary>
    public static ImportLimits Default { get; } = new(4L << 30, 16L << 30, 1 << 20);

    /// <summary>
    /// A local operator's own files (the command-line tool): 64 GiB per file, 256 GiB per import, 1 MiB per record. The
    /// national-scale run's supplies file (100M relations) is 8.6 GB; files are streamed, so their size bounds no buffer.
    /// </summary>
    public static ImportLimits Local { get; } = new(64L << 30, 256L << 30, 1 << 20);

    /// <summary>Throws when a limit is not positive or the record limit is below <see cref="MinLineBytes"/>.</summary>
    public ImportLimits Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFileBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxImportBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLineBytes, MinLineBytes);
        return this;
    }
}
