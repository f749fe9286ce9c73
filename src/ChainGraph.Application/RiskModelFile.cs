using ChainGraph.Analysis.Risk;
using ChainGraph.Storage;

namespace ChainGraph.Application;

/// <summary>
/// Where the current risk model lives — the one resolver the CLI and the API share: <c>risk-model.zip</c> next to an
/// explicit SQLite store file, otherwise in the data folder (<see cref="StoreFactory.DataFolder"/>). The file is what
/// <see cref="RiskModel.WriteTo"/> writes (model.json and the ML.NET models). Writes go to a temporary file first, then
/// replace the old one, so a reader never sees half a model.
/// </summary>
public static class RiskModelFile
{
    public const string DefaultFileName = "risk-model.zip";

    /// <summary>The model file: <paramref name="explicitPath"/> when given, else <see cref="DefaultPath"/> for the store.</summary>
    public static string PathFor(string? explicitPath, string? storePath) =>
        string.IsNullOrEmpty(explicitPath) ? DefaultPath(storePath) : explicitPath;

    /// <summary>
    /// <see cref="DefaultFileName"/> next to the SQLite file <paramref name="storePath"/>, or in the data folder when none.
    /// </summary>
    public static string DefaultPath(string? storePath) =>
        Path.Combine(string.IsNullOrEmpty(storePath) ? StoreFactory.DataFolder : Path.GetDirectoryName(Path.GetFullPath(storePath))!,
        DefaultFileName);

    public static RiskModel? TryRead(string path)
    {
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return RiskModel.ReadFrom(stream);
    }

    public static void Write(RiskModel model, string path) => AtomicFile.Write(path, model.WriteTo);
}
