using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// 核实供应记录: a supply record to a local firm whose supplier is closed, suspended or recently closed. The record
/// claims <see cref="Share"/> of the customer's input for the segment (and <see cref="AnnualValue"/> in 万元); the
/// analysis treats that supply as already lost and ranks nothing on it. <see cref="Reason"/> says why it is suspect.
/// </summary>
public sealed record SupplyRecordToVerify(
    string ChainId,
    string ChainName,
    string SegmentId,
    string SegmentName,
    string SupplierId,
    string SupplierName,
    string CustomerId,
    string CustomerName,
    double Share,
    double? AnnualValue,
    SupplierStanding Standing,
    EnterpriseStatus Status,
    DateOnly? ClosureDate,
    Localized Reason);
