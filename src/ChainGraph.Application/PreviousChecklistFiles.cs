using System.Text.RegularExpressions;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Storage;

namespace ChainGraph.Application;

/// <summary>
/// Where earlier quarters' checklists are kept: <c>DATA/checklists/YYYY-Qn.json</c>, one <see cref="PreviousChecklist"/>
/// each. The CLI and the API read and record them through here.
/// </summary>
public static partial class PreviousChecklistFiles
{
    /// <summary>The folder under the data folder.</summary>
    public const string FolderName = "checklists";

    /// <summary>
    /// The data folder the checklists of the store at <paramref name="storeLocation"/> are kept under: the folder of a
    /// SQLite file, else (Neo4j, or a store not on disk) <see cref="StoreFactory.DataFolder"/>.
    /// </summary>
    public static string DataFolderOf(string storeLocation) =>
        File.Exists(storeLocation) ? Path.GetDirectoryName(Path.GetFullPath(storeLocation))! : StoreFactory.DataFolder;

    /// <summary>Reads <paramref name="path"/>; throws <see cref="InvalidDataException"/> when it is not a checklist.</summary>
    public static PreviousChecklist Read(string path, string? label = null) =>
        PreviousChecklist.Parse(File.ReadAllText(path), path, label ?? Path.GetFileNameWithoutExtension(path));

    /// <summary>
    /// The latest stored quarter before the quarter of <paramref name="today"/> under <paramref name="dataFolder"/>, or null.
    /// </summary>
    public static PreviousChecklist? FindStored(string dataFolder, DateOnly today)
    {
        var folder = Path.Combine(dataFolder, FolderName);
        if (!Directory.Exists(folder)) return null;
        var current = PreviousChecklist.Quarter(today);
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
        File.WriteAllText(path, PreviousChecklist.Serialize(today, dataVersion, items));
        return path;
    }

    /// <summary>Where the checklist of <paramref name="today"/>'s quarter is stored under <paramref name="dataFolder"/>.</summary>
    public static string StoredPath(string dataFolder, DateOnly today) =>
        Path.Combine(dataFolder, FolderName, PreviousChecklist.Quarter(today) + ".json");

    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    private static partial Regex QuarterName();
}
