using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>
/// A member of a chain that is not live (closed, suspended, or a closure within the recent window): not a risk to forecast
/// but a supply already lost, so it is never ranked. <see cref="Reason"/> says why (status, closure event and date);
/// <see cref="Records"/> are the supply records to local firms that still claim its supply (核实供应记录), and
/// <see cref="ClaimedAnnualValue"/> their total in 万元 (null when none records a value).
/// </summary>
public sealed record InactiveFirm(
    string EnterpriseId,
    string Name,
    int Enterprise,
    string ChainId,
    IReadOnlyList<string> SegmentIds,
    SupplierStanding Standing,
    EnterpriseStatus Status,
    DateOnly? ClosureDate,
    Localized Reason,
    IReadOnlyList<SupplyRecordToVerify> Records)
{
    /// <summary>Total annual value (万元) the records claim; null when none records a value.</summary>
    public double? ClaimedAnnualValue => Records.Any(r => r.AnnualValue is not null) ? Records.Sum(r => r.AnnualValue ?? 0) : null;
}
