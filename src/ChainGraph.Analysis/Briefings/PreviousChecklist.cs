using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Briefings;

/// <summary>
/// A checklist of an earlier quarter, as JSON with an <c>items</c> array of <c>{ id, severity }</c> (what
/// <c>chaingraph checklist --format json</c> writes). Quarterly files live under <c>DATA/checklists/YYYY-Qn.json</c>.
/// </summary>
public sealed partial record PreviousChecklist(string Label, IReadOnlyList<PreviousItem> Items)
{
    public const string FolderName = "checklists";

    /// <summary>Reads <paramref name="path"/>; throws <see cref="InvalidDataException"/> when it is not such a checklist.</summary>
    public static PreviousChecklist Read(string path, string? label = null)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var items = document.RootElement.GetProperty("items").EnumerateArray()
                .Select(PreviousItems.Read)
                .ToList();
            return new PreviousChecklist(label ?? Path.GetFileNameWithoutExtension(path), items);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not a checklist JSON with items of id and severity: {e.Message}", e);
        }
    }

    /// <summary>The latest stored quarter before the quarter of <paramref name="today"/> under <paramref name="dataFolder"/>, or null.</summary>
    public static PreviousChecklist? FindStored(string dataFolder, DateOnly today)
    {
        var folder = Path.Combine(dataFolder, FolderName);
        if (!Directory.Exists(folder)) return null;
        var current = Quarter(today);
        var latest = Directory.EnumerateFiles(folder, "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(name => QuarterName().IsMatch(name) && string.CompareOrdinal(name, current) < 0)
            .Order(StringComparer.Ordinal)
            .LastOrDefault();
        return latest is null ? null : Read(Path.Combine(folder, latest + ".json"), latest);
    }

    /// <summary>
    /// Stores <paramref name="items"/> as the checklist of <paramref name="today"/>'s quarter under <paramref name="dataFolder"/>
    /// (replacing an earlier record of the same quarter) and returns the path.
    /// </summary>
    public static string Record(string dataFolder, DateOnly today, long dataVersion, IReadOnlyList<ChecklistItem> items)
    {
        var path = StoredPath(dataFolder, today);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var document = new
        {
            quarter = Quarter(today),
            dataVersion,
            items = items.Select(i => new { id = i.Id, severity = i.Severity, type = Vocabulary.Word(i.Type), chainId = i.ChainId, title = PreviousItems.Title(i) }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document));
        return path;
    }

    /// <summary>Where the checklist of <paramref name="today"/>'s quarter is stored under <paramref name="dataFolder"/>.</summary>
    public static string StoredPath(string dataFolder, DateOnly today) => Path.Combine(dataFolder, FolderName, Quarter(today) + ".json");

    /// <summary>The quarter's name, e.g. <c>2025-Q3</c>.</summary>
    public static string Quarter(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-Q{(date.Month + 2) / 3}");

    /// <summary>Only this chain's items (ids are <c>link:CHAIN:…</c> or <c>chokepoint:CHAIN:…</c>).</summary>
    public IReadOnlyList<PreviousItem> ForChain(string chainId) =>
        Items.Where(i => i.Id.Split(':') is [_, var chain, ..] && chain == chainId).ToList();

    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    private static partial Regex QuarterName();
}
