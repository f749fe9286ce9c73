using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Cli.Checklist;

/// <summary>A checklist as written with `--format json`: the data version it was computed from, the rules, the items.</summary>
public sealed record ChecklistDocument(long DataVersion, string Store, AnalysisSettings Settings, IReadOnlyList<ChecklistItem> Items)
{
    /// <summary>Reads the items of an earlier `--format json` checklist.</summary>
    /// <exception cref="UsageException">The file is not such a checklist.</exception>
    public static IReadOnlyList<PreviousItem> ReadPrevious(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.GetProperty("items").EnumerateArray()
                .Select(i => new PreviousItem(i.GetProperty("id").GetString()!, i.GetProperty("severity").GetDouble()))
                .ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            throw new UsageException($"{path} is not a checklist written by 'chaingraph checklist --format json': {e.Message}");
        }
    }
}
