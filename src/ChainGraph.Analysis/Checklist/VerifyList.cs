using System.Globalization;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>Builds the 核实供应记录 list: supply records to local firms from suppliers that are not live, largest value first.</summary>
internal sealed class VerifyList(ChainIndex index, FirmStatus status)
{
    public IReadOnlyList<SupplyRecordToVerify> Build(IEnumerable<string> chainIds)
    {
        var supplies = index.Dataset.Supplies;
        var records = from chainId in chainIds
                      from segment in index.OrderedSegments[chainId]
                      from r in index.Supplies(segment)
                      where !status.IsLive(supplies.Supplier[r]) && index.IsLocal(supplies.Customer[r])
                      select Record(chainId, segment, r);
        return [.. records.OrderBy(v => v.ChainId, StringComparer.Ordinal).ThenByDescending(v => v.AnnualValue ?? 0).ThenByDescending(v => v.Share)];
    }

    private SupplyRecordToVerify Record(string chainId, int segment, int r)
    {
        var supplies = index.Dataset.Supplies;
        var (supplier, customer) = (supplies.Supplier[r], supplies.Customer[r]);
        var value = float.IsNaN(supplies.AnnualValue[r]) ? (double?)null : supplies.AnnualValue[r];
        var firm = index.Enterprise(supplier);
        return new SupplyRecordToVerify(chainId, index.Chain(chainId).Name, index.Segment(segment).Id, index.Segment(segment).Name,
            firm.Id, firm.Name, index.Enterprise(customer).Id, index.Enterprise(customer).Name, supplies.Share[r], value,
            status.Of(supplier), firm.Status, status.ClosureDate(supplier), Reason(supplier));
    }

    private Localized Reason(int supplier)
    {
        var date = status.ClosureDate(supplier) is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var closure = date is null ? ("", "") : ($"，{date} 记录了关停事件", $"; a closure was recorded on {date}");
        return status.Of(supplier) switch
        {
            SupplierStanding.Closed => new($"供应商登记状态为已关停{closure.Item1}", $"the supplier's status is closed{closure.Item2}"),
            SupplierStanding.Suspended => new($"供应商登记状态为停产（暂停经营）{closure.Item1}", $"the supplier's status is suspended{closure.Item2}"),
            _ => new($"供应商状态仍为在营，但 {date} 记录了关停事件（近 {status.RecentClosureMonths} 个月内）", $"the supplier's status still reads active, but a closure was recorded on {date} (within the last {status.RecentClosureMonths} months)"),
        };
    }
}
