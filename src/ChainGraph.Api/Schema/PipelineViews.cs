using ChainGraph.Analysis.Pipeline;

namespace ChainGraph.Api.Schema;

/// <summary>
/// A page of the cultivation pipeline with what it rests on; <c>basis</c> and <c>measured</c> are resolved in the requested language.
/// </summary>
public sealed record PipelineConnectionView(Connection<PipelineEntryView> Page, PipelineReport Report)
{
    public int TotalCount => Page.TotalCount;
    public PageInfo PageInfo => Page.PageInfo;
    public IReadOnlyList<Edge<PipelineEntryView>> Edges => Page.Edges;
    public IEnumerable<PipelineEntryView> Nodes => Page.Nodes;
    public DateOnly AsOf => Report.AsOf;
    public bool PriorOutputKnown => Report.PriorOutputKnown;
    public double NearMargin => Report.Criteria.NearMargin;
}

/// <summary>One pipeline entry; its texts (<c>summary</c>, <c>rewardBasis</c>) are resolved in the requested language.</summary>
public sealed record PipelineEntryView(AnalysisSnapshot Snapshot, PipelineEntry Entry)
{
    public EnterpriseView Enterprise => Snapshot.Enterprise(Entry.EnterpriseId)!;
    public PipelineLadder Ladder => Entry.Ladder;
    public PipelineRung? Rung => Entry.Rung;
    public PipelineRung? NextRung => Entry.NextRung;
    public PipelineStanding Standing => Entry.Standing;
    public double AnnualOutput => Entry.AnnualOutput;
    public double? PriorOutput => Entry.PriorOutput;
    public double? Reward => Entry.Reward;
    public bool SubstituteCandidate => Entry.SubstituteCandidate;
    public IReadOnlyList<string> SubstituteFor => Entry.SubstituteFor;
    public bool ServesForeignChokepoint => Entry.ServesForeignChokepoint;
    public IEnumerable<RungCheckView> Checks => Entry.Checks.Select(c => new RungCheckView(c));
    public IEnumerable<PipelinePlacementView> Placements => Entry.Placements.Select(p => new PipelinePlacementView(Snapshot, p));
}

/// <summary>One criterion of the next rung; <c>detail</c> is resolved in the requested language.</summary>
public sealed record RungCheckView(RungCheck Item)
{
    public RungCriterion Criterion => Item.Criterion;
    public double? Value => Item.Value;
    public double Threshold => Item.Threshold;
    public bool Maximum => Item.Maximum;
    public bool Met => Item.Met;
    public bool Near => Item.Near;
}

/// <summary>A segment a pipeline firm serves.</summary>
public sealed record PipelinePlacementView(AnalysisSnapshot Snapshot, PipelinePlacement Placement)
{
    public ChainView Chain => Snapshot.Chain(Placement.ChainId)!;
    public SegmentView Segment => Snapshot.Segment(Placement.SegmentId)!;
    public bool Key => Placement.Key;
    public bool ForeignChokepoint => Placement.ForeignChokepoint;
}
