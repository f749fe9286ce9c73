using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Application.Checklists;

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
}
