using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// The cascade rule, shared by the whole-network <see cref="DisruptionSimulator"/> and the local
/// <see cref="Risk.Impact.LossPropagator"/>. Each enterprise has an availability a ∈ [0, 1] (removed: 0). A customer's
/// input for a segment loses Σ share × (1 − a(supplier)) over its recorded suppliers (unrecorded input is assumed
/// unaffected), and its availability is its scarcest input, 1 − min(1, loss). Holds the supply rows grouped by
/// (customer, segment), the groups of one customer contiguous. Immutable once built, thread-safe.
/// </summary>
internal sealed class Cascade
{
    private readonly SupplyTable _supplies;
    private readonly int[] _rows;           // supply rows grouped by (customer, segment)
    private readonly int[] _groupStart;     // group g = _rows[_groupStart[g] .. _groupStart[g + 1])
    private readonly int[] _customerGroups; // groups of customer c = [_customerGroups[c], _customerGroups[c + 1])

    public Cascade(Dataset dataset)
    {
        _supplies = dataset.Supplies;
        EnterpriseCount = dataset.Enterprises.Count;
        _rows = Enumerable.Range(0, _supplies.Count).OrderBy(r => _supplies.Customer[r]).ThenBy(r => _supplies.Segment[r]).ToArray();
        (_groupStart, _customerGroups) = Groups();
    }

    public int EnterpriseCount { get; }

    /// <summary>The supply row at <paramref name="position"/> of the grouped order.</summary>
    public int Row(int position) => _rows[position];

    /// <summary>Whether <paramref name="customer"/> has any recorded supplier (only such firms can lose availability).</summary>
    public bool HasInputs(int customer) => _customerGroups[customer] < _customerGroups[customer + 1];

    /// <summary>A customer's input groups, one a segment it buys: positions [From, To) of <see cref="Row"/>.</summary>
    public IEnumerable<(int Segment, int From, int To)> GroupsOf(int customer)
    {
        for (var g = _customerGroups[customer]; g < _customerGroups[customer + 1]; g++)
            yield return (_supplies.Segment[_rows[_groupStart[g]]], _groupStart[g], _groupStart[g + 1]);
    }

    /// <summary>
    /// The uncapped loss Σ share × (1 − a(supplier)) of the input at positions [<paramref name="from"/>, <paramref name="to"/>).
    /// </summary>
    public double InputLoss(int from, int to, double[] availability)
    {
        var loss = 0.0;
        for (var i = from; i < to; i++)
        {
            var r = _rows[i];
            loss += _supplies.Share[r] * (1 - availability[_supplies.Supplier[r]]);
        }
        return loss;
    }

    /// <summary>
    /// The availability <paramref name="customer"/> is left with: its scarcest input, given its suppliers' availabilities.
    /// </summary>
    public double Availability(int customer, double[] availability)
    {
        var scarcest = 1.0;
        for (var g = _customerGroups[customer]; g < _customerGroups[customer + 1]; g++)
            scarcest = Math.Min(scarcest, 1 - Math.Min(1, InputLoss(_groupStart[g], _groupStart[g + 1], availability)));
        return scarcest;
    }

    private (int[] GroupStart, int[] CustomerGroups) Groups()
    {
        var starts = new List<int>();
        var customerGroups = new int[EnterpriseCount + 1];
        for (var i = 0; i < _rows.Length; i++)
        {
            var (r, previous) = (_rows[i], i > 0 ? _rows[i - 1] : -1);
            if (i > 0 && _supplies.Customer[previous] == _supplies.Customer[r] && _supplies.Segment[previous] == _supplies.Segment[r])
                continue;
            starts.Add(i);
            customerGroups[_supplies.Customer[r] + 1]++;
        }
        starts.Add(_rows.Length);
        for (var c = 0; c < EnterpriseCount; c++) customerGroups[c + 1] += customerGroups[c];
        return ([.. starts], customerGroups);
    }
}
