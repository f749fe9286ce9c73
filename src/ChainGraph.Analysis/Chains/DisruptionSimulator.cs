using ChainGraph.Domain;
using ChainGraph.Domain.Tables;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Propagates a removal through the supply network by the <see cref="Cascade"/> rule: a customer's availability is its
/// scarcest input. Iterated over the whole network to a fixed point, which handles cyclic supply and converges because
/// availabilities only fall.
/// </summary>
public sealed class DisruptionSimulator
{
    private const int MaxRounds = 200;
    private const double Tolerance = 1e-9;

    private readonly ChainIndex _index;
    private readonly Cascade _cascade;

    public DisruptionSimulator(ChainIndex index)
    {
        _index = index;
        _cascade = new Cascade(index.Dataset);
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
        // Codes of the named places (-2 when absent: no row, not even a firm without that place, matches).
        int Code(CodedTexts column, string? name) => name is null ? -2 : column.CodeOf(name) is var c and >= 0 ? c : -2;
        var (country, region, district) = (Code(enterprises.Country, disruption.Country), Code(enterprises.Region, disruption.Region),
            Code(enterprises.District, disruption.District));
        for (var e = 0; e < enterprises.Count; e++)
        {
            if (enterprises.Country.Code(e) == country || enterprises.Region.Code(e) == region || enterprises.District.Code(e) == district)
                removed.Add(e);
        }
        return [.. removed];
    }

    /// <summary>
    /// Simulates removing <paramref name="removed"/> and reports every owner of <paramref name="chainIds"/> (all chains when null).
    /// </summary>
    public DisruptionImpact Simulate(IReadOnlyCollection<int> removed, IEnumerable<string>? chainIds = null,
        CancellationToken cancellationToken = default)
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
                if (isRemoved[c] || !_cascade.HasInputs(c)) continue;
                var updated = _cascade.Availability(c, availability);
                change = Math.Max(change, availability[c] - updated);
                availability[c] = updated;
            }
            if (change < Tolerance) break;
        }
        return availability;
    }

    private OwnerImpact OwnerImpact(string chainId, int owner, double[] availability, HashSet<int> removed)
    {
        var supplies = _index.Dataset.Supplies;
        var losses = new List<SegmentLoss>();
        foreach (var (segment, from, to) in _cascade.GroupsOf(owner))
        {
            var cascade = _cascade.InputLoss(from, to, availability);
            var direct = 0.0;
            for (var i = from; i < to; i++)
            {
                var r = _cascade.Row(i);
                if (removed.Contains(supplies.Supplier[r])) direct += supplies.Share[r];
            }
            if (cascade > 0) losses.Add(new SegmentLoss(segment, Math.Min(1, direct), Math.Min(1, cascade), _index.Segment(segment).Key));
        }
        return new OwnerImpact(chainId, owner, availability[owner], losses);
    }
}
