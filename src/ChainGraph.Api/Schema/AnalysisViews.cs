using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Api.Schema;

/// <summary>A chokepoint finding.</summary>
public sealed record BottleneckView(AnalysisSnapshot Snapshot, Chokepoint Finding)
{
    public ChainView Chain => Snapshot.Chain(Finding.ChainId)!;
    public SegmentView Segment => Snapshot.Segment(Finding.Segment);
    public ChokepointKind Kind => Finding.Kind;
    public IEnumerable<EnterpriseView> Enterprises => Finding.Enterprises.Select(Snapshot.Enterprise);
    public EnterpriseView Dependent => Snapshot.Enterprise(Finding.Dependent);
    public bool Foreign => Finding.Foreign;
    public double InputAtRisk => Finding.InputAtRisk;
    public int SuppliersReaching => Finding.Evidence.SuppliersReaching;
    public string Explanation => Finding.Evidence.Explanation;
    public IEnumerable<IEnumerable<EnterpriseView>> Paths => Finding.Evidence.Paths.Select(p => p.Select(Snapshot.Enterprise));
}

/// <summary>A checklist item.</summary>
public sealed record ChecklistItemView(AnalysisSnapshot Snapshot, ChecklistItem Item)
{
    public string Id => Item.Id;
    public int Rank => Item.Rank;
    public ChainView Chain => Snapshot.Chain(Item.ChainId)!;
    public SegmentView? Segment => Item.SegmentId is null ? null : Snapshot.Segment(Item.SegmentId);
    public ChecklistItemType Type => Item.Type;
    public double Severity => Item.Severity;
    public SeverityLevel Level => Item.Level;
    public IReadOnlyList<string> Reasons => Item.Reasons;
    public ChainAction Action => Item.Action;
    public string ActionName => ChainActions.Chinese(Item.Action);
    public PolicyInstrument Instrument => Item.Instrument;
    public IEnumerable<EnterpriseView> Enterprises => Item.EnterpriseIds.Select(id => Snapshot.Enterprise(id)!);
    public IReadOnlyList<string> OwnersThreatened => Item.OwnersThreatened;
    public IReadOnlyList<IReadOnlyList<string>> EvidencePaths => Item.EvidencePaths;
}

/// <summary>A line of a checklist comparison.</summary>
public sealed record ChecklistChangeView(AnalysisSnapshot Snapshot, ChecklistChange Change)
{
    public string Id => Change.Id;
    public ChangeKind Kind => Change.Kind;
    public double? PreviousSeverity => Change.Previous;
    public double? CurrentSeverity => Change.Current;
    public ChecklistItemView? Item => Change.Item is null ? null : new(Snapshot, Change.Item);
}

/// <summary>A what-if result.</summary>
public sealed record DisruptionImpactView(AnalysisSnapshot Snapshot, DisruptionImpact Impact)
{
    public int RemovedCount => Impact.Removed.Count;
    public IEnumerable<OwnerImpactView> Owners => Impact.Owners.OrderBy(o => o.Availability).Select(o => new OwnerImpactView(Snapshot, o));
}

public sealed record OwnerImpactView(AnalysisSnapshot Snapshot, OwnerImpact Impact)
{
    public ChainView Chain => Snapshot.Chain(Impact.ChainId)!;
    public EnterpriseView Owner => Snapshot.Enterprise(Impact.Owner);
    public double Availability => Impact.Availability;
    public IEnumerable<SegmentLossView> Losses =>
        Impact.Losses.OrderByDescending(l => l.Cascade)
        .Select(l => new SegmentLossView(Snapshot.Segment(l.Segment), l.Direct, l.Cascade, l.Key));
}

public sealed record SegmentLossView(SegmentView Segment, double Direct, double Cascade, bool Key);

/// <summary>A chain's broker (the <c>Broker</c> GraphQL type).</summary>
public sealed record BrokerView(EnterpriseView Enterprise, double Betweenness, double PageRank, bool Flagged);
