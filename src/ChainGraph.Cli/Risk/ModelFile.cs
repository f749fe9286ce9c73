using ChainGraph.Analysis.Risk;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Risk;

/// <summary>
/// Where the current risk model lives: <c>risk-model.json</c> next to an explicit store file, otherwise under the data
/// folder (<c>$CHAINGRAPH_DATA</c>). Writes go to a temporary file first, then replace the old one, so a reader never
/// sees half a model.
/// </summary>
public static class ModelFile
{
    public const string DefaultFileName = "risk-model.json";

    public static string DefaultPath(string? storePath) =>
        Path.Combine(storePath is null ? StoreFactory.DataFolder : Path.GetDirectoryName(Path.GetFullPath(storePath))!, DefaultFileName);

    public static RiskModel? TryRead(string path)
    {
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return RiskModel.ReadFrom(stream);
    }

    public static void Write(RiskModel model, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var stream = File.Create(temporary)) model.WriteTo(stream);
        File.Move(temporary, full, overwrite: true);
    }
}
