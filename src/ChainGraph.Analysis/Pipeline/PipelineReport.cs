using ChainGraph.Analysis.Text;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// The cultivation pipeline (梯度培育) at <see cref="AsOf"/> (the newest date the data speaks of), ranked: substitute
/// candidates first, then first-time tier crossings, firms ready for the next rung, firms near it. <see cref="Measured"/>
/// says what the first-time crossing rests on (last year's output, or nothing when it is not known).
/// </summary>
public sealed record PipelineReport(PipelineCriteria Criteria, DateOnly AsOf, bool PriorOutputKnown, IReadOnlyList<PipelineEntry> Entries, Localized Measured);
