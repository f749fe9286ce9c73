using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Owners;

/// <summary>
/// What each customer buys within one chain — the distinct input segments, its direct local suppliers and their supply
/// value — and each segment's members by output, for the owner criteria.
/// </summary>
internal sealed class ChainSupplyProfile
{
    private readonly ChainIndex _index;
    private readonly Dictionary<int, HashSet<int>> _inputSegments = [];
    private readonly Dictionary<int, HashSet<int>> _suppliers = [];
    private readonly Dictionary<int, double> _localValue = [];

    public ChainSupplyProfile(ChainIndex index, string chainId)
    {
        _index = index;
        var supplies = index.Dataset.Supplies;
        foreach (var segment in index.OrderedSegments[chainId])
        {
            foreach (var r in index.Supplies(segment))
            {
                var (s, c) = (supplies.Supplier[r], supplies.Customer[r]);
                Add(_inputSegments, c, segment);
                Add(_suppliers, c, s);
                if (index.Locations[s] == Location.Local && !float.IsNaN(supplies.AnnualValue[r]))
                    _localValue[c] = _localValue.GetValueOrDefault(c) + supplies.AnnualValue[r];
            }
        }
    }

    public int InputSegments(int enterprise) => _inputSegments.TryGetValue(enterprise, out var set) ? set.Count : 0;

    public IEnumerable<int> InputSegmentIndices(int enterprise) => _inputSegments.TryGetValue(enterprise, out var set) ? set.Order() : [];

    public int LocalSuppliers(int enterprise) =>
        _suppliers.TryGetValue(enterprise, out var set) ? set.Count(s => _index.Locations[s] == Location.Local) : 0;

    public double LocalSupplyValue(int enterprise) => _localValue.GetValueOrDefault(enterprise);

    /// <summary>Local firms with a supply path to the enterprise within the chain (its direct suppliers included).</summary>
    public int LocalUpstream(int enterprise)
    {
        var seen = new HashSet<int> { enterprise };
        var stack = new Stack<int>([enterprise]);
        while (stack.Count > 0)
        {
            if (!_suppliers.TryGetValue(stack.Pop(), out var suppliers)) continue;
            foreach (var s in suppliers)
            {
                if (seen.Add(s)) stack.Push(s);
            }
        }
        return seen.Count(e => e != enterprise && _index.Locations[e] == Location.Local);
    }

    private static void Add(Dictionary<int, HashSet<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = [];
        set.Add(value);
    }
}
