using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Api.Schema;

/// <summary>A substitute, attraction target or local expansion candidate of a checklist item.</summary>
public sealed record CandidateView(AnalysisSnapshot Snapshot, Candidate Candidate)
{
    public string EnterpriseId => Candidate.EnterpriseId;
    public EnterpriseView Enterprise => Snapshot.Enterprise(Candidate.EnterpriseId)!;
    public string Name => Candidate.Name;
    public Location Location => Candidate.Location;
    public CandidateKind Kind => Candidate.Kind;
    public double Score => Candidate.Score;
    public IReadOnlyList<SeverityTerm> Terms => Candidate.Terms;
}

/// <summary>A what-if addition (<see cref="AdditionImpact"/>).</summary>
public sealed record AdditionImpactView(AnalysisSnapshot Snapshot, AdditionImpact Impact)
{
    public EnterpriseView Enterprise => Snapshot.Enterprise(Impact.EnterpriseId)!;
    public Location From => Impact.From;
    public string District => Impact.District;
    public SegmentView? Segment => Impact.SegmentId is null ? null : Snapshot.Segment(Impact.SegmentId);
    public int Helped => Impact.Helped;
    public IReadOnlyList<ItemOutcome> Items => Impact.Items;
    public IReadOnlyList<ShareChange> Segments => Impact.Segments;
    public IReadOnlyList<ShareChange> Chains => Impact.Chains;
}
