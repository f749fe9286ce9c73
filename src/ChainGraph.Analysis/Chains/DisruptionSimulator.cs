using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Propagates a removal through the supply network. Every enterprise has an availability a ∈ [0, 1]
/// (removed: 0). A customer's input for a segment loses Σ share × (1 − a(supplier)) over its recorded suppliers
/// (unrecorded input is assumed unaffected), and its availability is the scarcest input. Iterated to a fixed
/// point, which handles cyclic supply and converges because availabilities only fall.
/// </summary>
public sealed class DisruptionSimulator
{
    private const int MaxRounds = 200;
    private const double Tolerance = 1e-9;

    private readonly ChainIndex _index;
    private readonly int[] _groupStart;   // supply rows grouped by (customer, segment); groups of one customer are contiguous
    private readonly int[] _rows;
    private readonly int[] _customerGroups; // per customer: first group, groups of customer c are [_customerGroups[c], _customerGroups[c+1])

    public DisruptionSimulator(ChainIndex index)
    {
        _index = index;
        var supplies = index.Dataset.Supplies;
        _rows = Enumerable.Range(0, supplies.Count).OrderBy(r => supplies.Customer[r]).ThenBy(r => supplies.Segment[r]).ToArray();
        (_groupStart, _customerGroups) = Groups(supplies, _rows, index.Dataset.Enterprises.Count);
    }

    /// <summary>The enterprises a <see cref="Disruption"/> names (ids not in the data are ignored).</summary>
    public IReadOnlyList<int> Resolve(Disruption disruption)
    {
        var removed = new SortedSet<int>();
        foreach (var id in disruption.EnterpriseIds)
        {
            if (_index.TryGetEnterprise(id, out var e)) removed.Add(e);
        }
        var enterprises = _index.Dataset.Enterprises;
        for (var e = 0; e < enterprises.Count; e++)
        {
            var x = enterprises[e];
            if ((disruption.Country is not null && x.Country == disruption.Country) || (disruption.Region is not null && x.Region == disruption.Region)
                || (disruption.District is not null && x.District == disruption.District)) removed.Add(e);
        }
        return [.. removed];
    }

    /// <summary>Simulates removing <paramref name="removed"/> and reports every owner of <paramref name="chainIds"/> (all chains when null).</summary>
    public DisruptionImpact Simulate(IReadOnlyCollection<int> removed, IEnumerable<string>? chainIds = null, CancellationToken cancellationToken = default)
    {
        var availability = Propagate(removed, cancellationToken);
        var isRemoved = removed.ToHashSet();
        var owners = (chainIds ?? _index.Chains.Select(c => c.Id))
            .SelectMany(chain => _index.Owners[chain].Select(owner => OwnerImpact(chain, owner, availability, isRemoved)))
            .ToList();
        return new DisruptionImpact([.. removed], owners);
    }

    /// <summary>Availability of every enterprise after removing <paramref name="removed"/>.</summary>
    public double[] Propagate(IReadOnlyCollection<int> removed, CancellationToken cancellationToken = default)
    {
        var n = _index.Dataset.Enterprises.Count;
        var availability = new double[n];
        Array.Fill(availability, 1.0);
        foreach (var e in removed) availability[e] = 0;
        var isRemoved = new bool[n];
        foreach (var e in removed) isRemoved[e] = true;
        for (var round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var change = 0.0;
            for (var c = 0; c < n; c++)
            {
                if (isRemoved[c] || _customerGroups[c] == _customerGroups[c + 1]) continue;
                var updated = Scarcest(c, availability);
                change = Math.Max(change, availability[c] - updated);
                availability[c] = updated;
            }
            if (change < Tolerance) break;
        }
        return availability;
    }

    private double Scarcest(int customer, double[] availability)
    {
        var supplies = _index.Dataset.Supplies;
        var scarcest = 1.0;
        for (var g = _customerGroups[customer]; g < _customerGroups[customer + 1]; g++)
        {
            var loss = 0.0;
            for (var i = _groupStart[g]; i < _groupStart[g + 1]; i++)
            {
                var r = _rows[i];
                loss += supplies.Share[r] * (1 - availability[supplies.Supplier[r]]);
            }
            scarcest = Math.Min(scarcest, 1 - Math.Min(1, loss));
        }
        return scarcest;
    }

    private OwnerImpact OwnerImpact(string chainId, int owner, double[] availability, HashSet<int> removed)
    {
        var supplies = _index.Dataset.Supplies;
        var losses = new List<SegmentLoss>();
        for (var g = _customerGroups[owner]; g < _customerGroups[owner + 1]; g++)
        {
            double direct = 0, cascade = 0;
            for (var i = _groupStart[g]; i < _groupStart[g + 1]; i++)
            {
                var r = _rows[i];
                if (removed.Contains(supplies.Supplier[r])) direct += supplies.Share[r];
                cascade += supplies.Share[r] * (1 - availability[supplies.Supplier[r]]);
            }
            var segment = supplies.Segment[_rows[_groupStart[g]]];
            if (cascade > 0) losses.Add(new SegmentLoss(segment, Math.Min(1, direct), Math.Min(1, cascade), _index.Segment(segment).Key));
        }
        return new OwnerImpact(chainId, owner, availability[owner], losses);
    }

    private static (int[] GroupStart, int[] CustomerGroups) Groups(SupplyTable supplies, int[] rows, int enterprises)
    {
        var starts = new List<int>();
        var customerGroups = new int[enterprises + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var isNew = i == 0 || supplies.Customer[rows[i - 1]] != supplies.Customer[r] || supplies.Segment[rows[i - 1]] != supplies.Segment[r];
            if (!isNew) continue;
            starts.Add(i);
            customerGroups[supplies.Customer[r] + 1]++;
        }
        starts.Add(rows.Length);
        for (var c = 0; c < enterprises; c++) customerGroups[c + 1] += customerGroups[c];
        return ([.. starts], customerGroups);
    }
}
