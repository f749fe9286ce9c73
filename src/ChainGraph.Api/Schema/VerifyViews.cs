using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Api.Schema;

/// <summary>An enterprise's standing (<see cref="FirmStatus"/>): live, or why its supply counts as already lost.</summary>
public sealed record StandingView(FirmStatus Firms, int Enterprise)
{
    public SupplierStanding Status => Firms.Of(Enterprise);
    public bool Live => Firms.IsLive(Enterprise);
    public DateOnly? ClosureDate => Firms.ClosureDate(Enterprise);

    /// <summary>Null when live.</summary>
    public Localized? Reason => Live ? null : Firms.Reason(Enterprise);
}

/// <summary>A supply record to verify (核实供应记录).</summary>
public sealed record SupplyRecordToVerifyView(AnalysisSnapshot Snapshot, SupplyRecordToVerify Record)
{
    public ChainView Chain => Snapshot.Chain(Record.ChainId)!;
    public SegmentView Segment => Snapshot.Segment(Record.SegmentId)!;
    public EnterpriseView Supplier => Snapshot.Enterprise(Record.SupplierId)!;
    public EnterpriseView Customer => Snapshot.Enterprise(Record.CustomerId)!;
    public double Share => Record.Share;
    public double? AnnualValue => Record.AnnualValue;
    public SupplierStanding Standing => Record.Standing;
    public EnterpriseStatus Status => Record.Status;
    public DateOnly? ClosureDate => Record.ClosureDate;
}
