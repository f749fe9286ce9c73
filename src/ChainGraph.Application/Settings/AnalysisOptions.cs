using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Storage;

namespace ChainGraph.Application.Settings;

/// <summary>
/// <c>ChainGraph:Analysis</c> settings: <see cref="RulesFile"/>, the bureau's per-segment baselines (the CSV of
/// <c>chaingraph checklist --rules</c>, docs/checklist-method.md). Read with <see cref="BaselineFile.Read"/> for every
/// snapshot and checked at start against the store's segments and chains (the API's RulesFileCheck).
/// </summary>
public sealed class AnalysisOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ChainGraph:Analysis";

    /// <summary>Path of the rules file; relative paths are resolved against the data folder. Empty: the default baselines.</summary>
    public string? RulesFile { get; set; }

    /// <summary>
    /// Whether the service prepares every chain's targets model after each snapshot load (default true): a `chaingraph
    /// targets` against the same store then answers without loading the data. At a million firms that is about a CPU
    /// minute per data version; an operator whose analysts never run the CLI on the server can turn it off.
    /// </summary>
    public bool PrepareTargets { get; set; } = true;

    /// <summary>The full path of <see cref="RulesFile"/>, or null when none is set.</summary>
    public string? RulesPath => string.IsNullOrWhiteSpace(RulesFile) ? null : Path.GetFullPath(RulesFile, StoreFactory.DataFolder);

    /// <summary>The analysis settings for <paramref name="dataset"/>: the defaults with the rules file's baselines.</summary>
    /// <exception cref="InvalidDataException">The file is missing or a row is malformed (the message names file, line and
    /// column).</exception>
    public AnalysisSettings SettingsFor(Dataset dataset)
    {
        if (RulesPath is not { } path) return AnalysisSettings.Default;
        if (!File.Exists(path)) throw new InvalidDataException($"{Section}:RulesFile: {path} does not exist");
        using var reader = new StreamReader(path);
        var ids = dataset.Segments.Select(s => s.Id).Concat(dataset.Chains.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        return AnalysisSettings.Default with { Baselines = BaselineFile.Read(reader, path, AnalysisSettings.Default, ids) };
    }
}
