using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Cli.Checklist;

/// <summary>
/// A checklist as written with `--format json`: the data version and date it speaks for, the rules, the items, and the
/// supply records to verify (核实供应记录).
/// </summary>
public sealed record ChecklistDocument(long DataVersion, string Store, DateOnly AsOf, AnalysisSettings Settings,
    IReadOnlyList<ChainHealthSummary> Chains, IReadOnlyList<ChecklistItem> Items, IReadOnlyList<SupplyRecordToVerify> Verify)
{
    /// <summary>Each chain's health (<see cref="ChainHealth"/>) from its items.</summary>
    public static IReadOnlyList<ChainHealthSummary> Summaries(ChainAnalyzer analyzer, IEnumerable<Domain.Chain> chains,
        IReadOnlyList<ChecklistItem> items) =>
        [.. chains.Select(c => ChainHealthSummary.Of(analyzer, c, [.. items.Where(i => i.ChainId == c.Id)]))];

    /// <summary>Reads the items of an earlier `--format json` checklist.</summary>
    /// <exception cref="UsageException">The file is not such a checklist.</exception>
    public static IReadOnlyList<PreviousItem> ReadPrevious(string path)
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
