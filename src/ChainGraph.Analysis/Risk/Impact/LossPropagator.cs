using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Risk.Impact;

/// <summary>
/// The <see cref="Chains.DisruptionSimulator"/> cascade for one removed enterprise at a time, computed locally: only
/// the removed firm's downstream customers are revisited (a worklist), so the cost is the affected cone rather than the
/// whole network. Same <see cref="Cascade"/> rule and fixed point. A removal starts from the workspace's baseline (all 1, or
/// the fixed point after the firms already lost, <see cref="Baseline"/>). Built once per dataset; <see cref="Workspace"/>
/// holds the per-thread state.
/// </summary>
internal sealed class LossPropagator
{
    private const double Tolerance = 1e-9;

    private readonly SupplyTable _supplies;
    private readonly Cascade _cascade;
    private readonly int[] _customerStart;  // distinct customers of supplier s = _customers[_customerStart[s] .. _customerStart[s + 1])
    private readonly int[] _customers;

    public LossPropagator(Dataset dataset)
    {
        _supplies = dataset.Supplies;
        _cascade = new Cascade(dataset);
        (_customerStart, _customers) = Customers(dataset.Enterprises.Count);
    }

    public int EnterpriseCount => _cascade.EnterpriseCount;

    /// <summary>A customer's input groups, one a segment it buys: positions [From, To) of <see cref="Row"/>.</summary>
    public IEnumerable<(int Segment, int From, int To)> GroupsOf(int customer) => _cascade.GroupsOf(customer);

    /// <summary>The supply row at <paramref name="position"/> of the grouped order.</summary>
    public int Row(int position) => _cascade.Row(position);

    public ReadOnlySpan<int> CustomersOf(int supplier) =>
        _customers.AsSpan(_customerStart[supplier], _customerStart[supplier + 1] - _customerStart[supplier]);

    /// <summary>
    /// Removes <paramref name="removed"/> in <paramref name="workspace"/> (from its baseline) and propagates to the fixed point.
    /// </summary>
    public void Remove(int removed, Workspace workspace)
    {
        workspace.Reset();
        Propagate([removed], workspace);
    }

    /// <summary>
    /// Availability of every enterprise once <paramref name="lost"/> are gone (all 1 when none): a removal's starting point.
    /// </summary>
    public double[] Baseline(IReadOnlyCollection<int> lost)
    {
        var workspace = new Workspace(EnterpriseCount);
        Propagate(lost, workspace);
        return [.. workspace.Availability];
    }

    // A firm at 0 cannot fall further, so removed firms never come back up: only decreases propagate.
    private void Propagate(IEnumerable<int> removed, Workspace workspace)
    {
        var queue = workspace.Queue;
        foreach (var r in removed)
        {
            workspace.Set(r, 0);
            foreach (var c in CustomersOf(r)) workspace.Enqueue(c);
        }
        while (queue.Count > 0)
        {
            var c = workspace.Dequeue();
            var updated = _cascade.Availability(c, workspace.Availability);
            if (workspace.Availability[c] - updated <= Tolerance) continue;
            workspace.Set(c, updated);
            foreach (var next in CustomersOf(c)) workspace.Enqueue(next);
        }
    }

    private (int[] Start, int[] Customers) Customers(int n)
    {
        var pairs = Enumerable.Range(0, _supplies.Count)
            .Select(r => (_supplies.Supplier[r], _supplies.Customer[r]))
            .Distinct()
            .OrderBy(p => p.Item1)
            .ThenBy(p => p.Item2)
            .ToArray();
        var start = new int[n + 1];
        foreach (var (s, _) in pairs) start[s + 1]++;
        for (var s = 0; s < n; s++) start[s + 1] += start[s];
        return (start, [.. pairs.Select(p => p.Item2)]);
    }

    /// <summary>Availability of every enterprise for one removal, reset cheaply to its baseline by remembering what changed.</summary>
    public sealed class Workspace
    {
        private readonly List<int> _touched = [];
        private readonly bool[] _queued;
        private readonly bool[] _isTouched;
        private readonly double[] _baseline;

        /// <summary>A workspace whose baseline is every enterprise fully available.</summary>
        public Workspace(int enterprises) : this(Ones(enterprises))
        {
        }

        /// <summary>A workspace that starts, and resets, at <paramref name="baseline"/> (a fixed point of the cascade).</summary>
        public Workspace(double[] baseline)
        {
            _baseline = baseline;
            Availability = [.. baseline];
            _queued = new bool[baseline.Length];
            _isTouched = new bool[baseline.Length];
        }

        public double[] Availability { get; }

        public Queue<int> Queue { get; } = new();

        public void Set(int enterprise, double value)
        {
            if (!_isTouched[enterprise])
            {
                _isTouched[enterprise] = true;
                _touched.Add(enterprise);
            }
            Availability[enterprise] = value;
        }

        public void Enqueue(int enterprise)
        {
            if (_queued[enterprise]) return;
            _queued[enterprise] = true;
            Queue.Enqueue(enterprise);
        }

        public int Dequeue()
        {
            var c = Queue.Dequeue();
            _queued[c] = false;
            return c;
        }

        public void Reset()
        {
            foreach (var e in _touched) (Availability[e], _isTouched[e]) = (_baseline[e], false);
            _touched.Clear();
        }

        private static double[] Ones(int count)
        {
            var ones = new double[count];
            Array.Fill(ones, 1.0);
            return ones;
        }
    }
}
