using System.Text.Json;
using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Cli.Checklist;

/// <summary>An earlier `chaingraph checklist --format json` output, read for `--compare`.</summary>
public static class PreviousChecklistFile
{
    /// <summary>Reads the items of the checklist at <paramref name="path"/>.</summary>
    /// <exception cref="UsageException">The file is not such a checklist.</exception>
    public static IReadOnlyList<PreviousItem> Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(PreviousItems.Read)];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            throw new UsageException($"{path} is not a checklist written by 'chaingraph checklist --format json': {e.Message}");
        }
    }
}
