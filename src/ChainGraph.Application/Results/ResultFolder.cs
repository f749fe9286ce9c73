using System.Globalization;

namespace ChainGraph.Application.Results;

/// <summary>
/// Keeps a <see cref="ResultCache"/> folder small: only the current data version's entries, newest first up to the size
/// bound, and no temporary file a killed writer left behind.
/// </summary>
internal static class ResultFolder
{
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Deletes the entries of other data versions than <paramref name="kept"/>'s, the oldest entries beyond
    /// <paramref name="maxBytes"/> and temporary files older than an hour; <paramref name="kept"/>'s own entry stays.
    /// </summary>
    public static void Trim(string folder, ResultKey kept, long maxBytes)
    {
        var keptName = kept + ResultCache.Extension;
        var files = Files(folder).OrderByDescending(f => f.Name == keptName).ThenByDescending(f => f.LastWriteTimeUtc).ToList();
        var now = files.FirstOrDefault()?.LastWriteTimeUtc ?? DateTime.MinValue;
        var total = 0L;
        foreach (var file in files)
        {
            if (IsEntry(file) && VersionOf(file) == kept.DataVersion && total + file.Length <= maxBytes) total += file.Length;
            else if (IsEntry(file) || now - file.LastWriteTimeUtc > AbandonedAfter) Delete(file);
        }
    }

    private static IEnumerable<FileInfo> Files(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*" + ResultCache.Extension + "*");

    private static bool IsEntry(FileInfo file) => file.Name.EndsWith(ResultCache.Extension, StringComparison.Ordinal);

    private static long? VersionOf(FileInfo file) =>
        long.TryParse(file.Name.AsSpan(0, Math.Max(file.Name.IndexOf('-', StringComparison.Ordinal), 0)), NumberStyles.None,
            CultureInfo.InvariantCulture, out var version) ? version : null;

    private static void Delete(FileInfo file)
    {
        try
        {
            file.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process may be deleting it too; what is left is trimmed by the next write.
        }
    }
}
