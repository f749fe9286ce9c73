namespace ChainGraph.Storage.Import;

/// <summary>
/// The files of one import, found in a folder by name: `chains`, `segments`, `segment_links`, `enterprises`,
/// `enterprise_segments`, `supplies`, `events`, each as `.csv` or `.jsonl`. Any subset may be present.
/// </summary>
public sealed class ImportSource
{
    private ImportSource(IReadOnlyList<SourceFile> files, IReadOnlyList<ImportIssue> issues)
    {
        Files = files;
        Issues = issues;
    }

    /// <summary>The files found, in reading order.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>Problems with the folder itself: ambiguous files (errors), unrecognised files (warnings).</summary>
    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>The files of a folder the local operator named (any folder; regular files only, default limits).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ImportSource FromDirectory(string directory) => FromDirectory(directory, ImportAccess.Local);

    /// <summary>
    /// The files of <paramref name="directory"/> under <paramref name="access"/>: with a root, the folder is resolved
    /// inside it (relative to it when relative) and refused when its real path is elsewhere. Each import file is opened
    /// here, before any lock is taken: one that is not a regular file, whose real path leaves the root, or that is over
    /// a size limit becomes an error of the import and is never read.
    /// </summary>
    /// <exception cref="ImportRefusedException">The folder is outside the import root, or missing inside it.</exception>
    /// <exception cref="DirectoryNotFoundException">Without a root: the folder does not exist.</exception>
    public static ImportSource FromDirectory(string directory, ImportAccess access)
    {
        if (access.Root is { } root) directory = root.Resolve(directory);
        else if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"no such folder: {directory}");
        var paths = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToList();
        var issues = new List<ImportIssue>();
        var files = new List<SourceFile>();
        long total = 0;
        foreach (var spec in FileSpecs.All)
        {
            var matches = paths.Where(p => Stem(p) == spec.Stem).ToList();
            if (matches.Count > 1)
                issues.Add(new(Path.Combine(directory, spec.Stem + ".*"), 0, null,
                    $"both {string.Join(" and ", matches.Select(Path.GetFileName))} are present; keep one"));
            else if (matches.Count == 1
                && Checked(new SourceFile(spec, matches[0], matches[0].EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase), access),
                issues) is { } file)
            {
                files.Add(file);
                total += file.Length;
            }
        }
        if (total > access.Limits.MaxImportBytes)
            issues.Add(new(directory, 0, null, $"the import files hold {total:N0} bytes together, more than the limit of {access.Limits.MaxImportBytes:N0}; split the import"));
        foreach (var other in paths.Where(p => !FileSpecs.All.Any(s => s.Stem == Stem(p)) && !IsDocumentation(p)))
            issues.Add(new(other, 0, null, "not an import file name, ignored", IssueSeverity.Warning));
        if (files.Count == 0 && issues.All(i => i.Severity == IssueSeverity.Warning))
            issues.Add(new(directory, 0, null,
                $"no import files found (expected {string.Join(", ", FileSpecs.All.Select(s => s.Stem + ".csv"))} or .jsonl)"));
        return new ImportSource(files, issues);
    }

    // Opens the file once to check it (type, real path, size); the handle is closed again, and reading re-opens it with
    // the same checks.
    private static SourceFile? Checked(SourceFile file, List<ImportIssue> issues)
    {
        try
        {
            using var opened = file.OpenChecked();
            return file with { Length = opened.Length };
        }
        catch (ImportRefusedException e)
        {
            issues.Add(new(file.Path, 0, null, e.Message));
            return null;
        }
    }

    private static string? Stem(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".csv" or ".jsonl" ? Path.GetFileNameWithoutExtension(path).ToLowerInvariant() : null;
    }

    private static bool IsDocumentation(string path) => Path.GetExtension(path).ToLowerInvariant() is ".md" or ".txt";
}
