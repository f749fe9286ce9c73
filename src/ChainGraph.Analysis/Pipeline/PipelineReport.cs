using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// The cultivation pipeline (梯度培育) at <see cref="AsOf"/> (the newest date the data speaks of), ranked: substitute
/// candidates first, then first-time tier crossings, firms ready for the next rung, firms near it. <see cref="Measured"/>
/// says what the first-time crossing rests on (last year's output, or nothing when it is not known).
/// </summary>
public sealed record PipelineReport(PipelineCriteria Criteria, DateOnly AsOf, bool PriorOutputKnown, IReadOnlyList<PipelineEntry> Entries,
    Localized Measured)
{
    /// <summary>
    /// The entries of one chain (firms serving one of its segments; their other placements dropped) and about one rung
    /// (the next rung, or the tier just crossed), in rank order; null selects all.
    /// </summary>
    public IReadOnlyList<PipelineEntry> Select(string? chainId, PipelineRung? rung) =>
        [.. Entries
            .Where(e => rung is null || e.Target == rung)
            .Where(e => chainId is null || e.Placements.Any(p => p.ChainId == chainId))
            .Select(e => chainId is null ? e : e with { Placements = [.. e.Placements.Where(p => p.ChainId == chainId)] })];
}
