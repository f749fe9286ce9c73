using ChainGraph.Analysis.Chains;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// The live firms able to serve one segment (members of it, or suppliers of it in <c>supplies</c>) with what each
/// supplies of it: in total, and to live local firms (the city's demand), in 万元. Built from the segment's own rows
/// only, so its cost does not grow with the economy.
/// </summary>
internal sealed class SegmentSuppliers
{
    private readonly Dictionary<int, double> _value = [];
    private readonly Dictionary<int, double> _localValue = [];

    public SegmentSuppliers(ChainIndex index, FirmStatus status, int segment)
    {
        var supplies = index.Dataset.Supplies;
        foreach (var member in index.Members(segment).Where(status.IsLive)) _value.TryAdd(member, 0);
        foreach (var r in index.Supplies(segment))
        {
            var supplier = supplies.Supplier[r];
            if (!status.IsLive(supplier)) continue;
            var value = float.IsNaN(supplies.AnnualValue[r]) ? 0 : supplies.AnnualValue[r];
            _value[supplier] = _value.GetValueOrDefault(supplier) + value;
            var customer = supplies.Customer[r];
            if (!index.IsLocal(customer) || !status.IsLive(customer)) continue;
            _localValue[supplier] = _localValue.GetValueOrDefault(supplier) + value;
            LocalDemand += value;
            if (index.IsLocal(supplier)) LocalSupply += value;
            if (index.Locations[supplier] == Domain.Location.Overseas) OverseasSupply += value;
        }
        Total = _value.Values.Sum();
        Largest = Math.Max(1, _value.Values.DefaultIfEmpty(0).Max());
        LargestOutput = _value.Keys.Select(f => index.Output(f)).DefaultIfEmpty(1).Max();
        _local = [.. _value.Keys.Where(index.IsLocal)];
    }

    private readonly List<int> _local;

    /// <summary>What live local firms buy of the segment from live local suppliers (万元).</summary>
    public double LocalSupply { get; }

    /// <summary>What live local firms buy of the segment from live overseas suppliers (万元).</summary>
    public double OverseasSupply { get; }

    /// <summary>True when the firm is a capable live firm of the segment.</summary>
    public bool Serves(int firm) => _value.ContainsKey(firm);

    /// <summary>
    /// The largest local firm's share of the local firms' supply with <paramref name="firm"/> counted local; null without values.
    /// </summary>
    public double? TopLocalShare(int firm)
    {
        var values = _local.Append(firm).Distinct().Select(Value).ToList();
        var total = values.Sum();
        return total > 0 ? values.Max() / total : null;
    }

    /// <summary>The capable live firms (enterprise indices).</summary>
    public IEnumerable<int> Firms => _value.Keys;

    /// <summary>All recorded live supply of the segment (万元).</summary>
    public double Total { get; }

    /// <summary>What live local firms buy of the segment from live suppliers (万元).</summary>
    public double LocalDemand { get; }

    /// <summary>A firm's recorded supply of the segment (万元).</summary>
    public double Value(int firm) => _value.GetValueOrDefault(firm);

    /// <summary>A firm's recorded supply of the segment to live local firms (万元).</summary>
    public double LocalValue(int firm) => _localValue.GetValueOrDefault(firm);

    /// <summary>The largest recorded supply of any capable firm (万元, at least 1).</summary>
    public double Largest { get; }

    /// <summary>The largest annual output of any capable firm (亿元; 1 when there is none): the candidates' size scale.</summary>
    public double LargestOutput { get; }
}
