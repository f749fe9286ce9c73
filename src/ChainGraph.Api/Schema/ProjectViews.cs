using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Projects;

namespace ChainGraph.Api.Schema;

/// <summary>
/// A project of the 攻关项目清单 (the <c>Project</c> GraphQL type): firms, chain and segment as nodes, the item if still listed.
/// </summary>
public sealed record ProjectView(AnalysisSnapshot Snapshot, Project Project)
{
    public string Id => Project.Id;
    public string ItemId => Project.ItemId;
    public string ItemTitle => ProjectItemTitle.Of(Project.ItemId, Snapshot.Analyzer.Index);
    public ChecklistItemView? Item =>
        Snapshot.ChecklistById().TryGetValue(Project.ItemId, out var item) ? new ChecklistItemView(Snapshot, item) : null;
    public ChainView Chain => Snapshot.Chain(Project.ChainId)!;
    public SegmentView? Segment => Project.SegmentId is null ? null : Snapshot.Segment(Project.SegmentId);
    public EnterpriseView Lead => Snapshot.Enterprise(Project.LeadEnterpriseId)!;
    public IEnumerable<EnterpriseView> Partners => Project.Partners.Select(id => Snapshot.Enterprise(id)!);
    public string Goal => Project.Goal;
    public double Budget => Project.Budget;
    public double? Investment => Project.Investment;
    public PolicyInstrument Instrument => PolicyInstrument.All.First(i => i.Id == Project.InstrumentId);
    public double? Amount => Project.Amount;
    public ProjectStatus Status => Project.Status;
    public string Quarter => Project.Quarter;
}
