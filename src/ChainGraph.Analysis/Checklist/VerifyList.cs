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
        return [.. records.OrderBy(v => v.ChainId, StringComparer.Ordinal)
            .ThenByDescending(v => v.AnnualValue ?? 0)
            .ThenByDescending(v => v.Share)];
    }

    private SupplyRecordToVerify Record(string chainId, int segment, int r)
    {
        var supplies = index.Dataset.Supplies;
        var (supplier, customer) = (supplies.Supplier[r], supplies.Customer[r]);
        var value = float.IsNaN(supplies.AnnualValue[r]) ? (double?)null : supplies.AnnualValue[r];
        var firm = index.Enterprise(supplier);
        return new SupplyRecordToVerify(chainId, index.Chain(chainId).Name, index.Segment(segment).Id, index.Segment(segment).Name,
            firm.Id, firm.Name, index.Id(customer), index.Name(customer), supplies.Share[r], value,
            status.Of(supplier), firm.Status, status.ClosureDate(supplier), Reason(supplier));
    }

    // The record's reason speaks of the supplier.
    private Localized Reason(int supplier)
    {
        var reason = status.Reason(supplier);
        return new($"供应商{reason.Zh}", $"supplier {reason.En}");
    }
}
