using ChainGraph.Storage;
using ChainGraph.Storage.Import;

namespace ChainGraph.Api.Schema;

/// <summary>
/// <c>ChainGraph:Import</c> settings for <c>importFiles</c>: the one folder it reads from and how much it may read.
/// Bound and validated at start; the root is created when missing.
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "ChainGraph:Import";

    /// <summary>The import root; empty for an <c>imports</c> folder under the data folder.</summary>
    public string? Root { get; set; }

    /// <summary>Largest import file, in bytes (default 4 GiB).</summary>
    public long MaxFileBytes { get; set; } = ImportLimits.Default.MaxFileBytes;

    /// <summary>Largest total of one import's files, in bytes (default 16 GiB).</summary>
    public long MaxImportBytes { get; set; } = ImportLimits.Default.MaxImportBytes;

    /// <summary>Longest record (CSV record or JSON line), in bytes (default 1 MiB, at least 64 KiB).</summary>
    public int MaxLineBytes { get; set; } = ImportLimits.Default.MaxLineBytes;

    /// <summary>The root folder to use.</summary>
    public string RootPath => string.IsNullOrEmpty(Root) ? Path.Combine(StoreFactory.DataFolder, "imports") : Root;

    /// <summary>The access rules for callers' imports: the root (created now when missing) and the limits.</summary>
    public ImportAccess ToAccess() =>
        new(ImportRoot.Create(RootPath), new ImportLimits(MaxFileBytes, MaxImportBytes, MaxLineBytes).Validated());

    /// <summary>True when the limits are usable (checked at start).</summary>
    public bool HasValidLimits => MaxFileBytes > 0 && MaxImportBytes > 0 && MaxLineBytes >= ImportLimits.MinLineBytes;
}
