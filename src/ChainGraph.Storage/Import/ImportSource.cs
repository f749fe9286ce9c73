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

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ImportSource FromDirectory(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"no such folder: {directory}");
        var paths = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToList();
        var issues = new List<ImportIssue>();
        var files = new List<SourceFile>();
        foreach (var spec in FileSpecs.All)
        {
            var matches = paths.Where(p => Stem(p) == spec.Stem).ToList();
            if (matches.Count > 1)
                issues.Add(new(Path.Combine(directory, spec.Stem + ".*"), 0, null, $"both {string.Join(" and ", matches.Select(Path.GetFileName))} are present; keep one"));
            else if (matches.Count == 1)
                files.Add(new SourceFile(spec, matches[0], matches[0].EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)));
        }
        foreach (var other in paths.Where(p => !FileSpecs.All.Any(s => s.Stem == Stem(p)) && !IsDocumentation(p)))
            issues.Add(new(other, 0, null, "not an import file name, ignored", IssueSeverity.Warning));
        if (files.Count == 0 && issues.All(i => i.Severity == IssueSeverity.Warning))
            issues.Add(new(directory, 0, null, $"no import files found (expected {string.Join(", ", FileSpecs.All.Select(s => s.Stem + ".csv"))} or .jsonl)"));
        return new ImportSource(files, issues);
    }

    private static string? Stem(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".csv" or ".jsonl" ? Path.GetFileNameWithoutExtension(path).ToLowerInvariant() : null;
    }

    private static bool IsDocumentation(string path) => Path.GetExtension(path).ToLowerInvariant() is ".md" or ".txt";
}
