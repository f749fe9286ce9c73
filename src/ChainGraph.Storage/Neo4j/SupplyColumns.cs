using ChainGraph.Analysis.Domain;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// Growable parallel arrays that become a <see cref="SupplyTable"/> without copying when the expected count was
/// right (it is read from the count store first); a concurrent change that adds rows makes them grow.
/// </summary>
internal sealed class SupplyColumns(int capacity)
{
    private int[] _supplier = new int[capacity], _customer = new int[capacity], _segment = new int[capacity], _recovery = new int[capacity];
    private float[] _share = new float[capacity], _value = new float[capacity], _substitutability = new float[capacity];

    public int Count { get; private set; }

    public void Add(int supplier, int customer, int segment, double share, double? value, double? substitutability, long? recoveryDays)
    {
        if (Count == _supplier.Length) Grow();
        var i = Count++;
        _supplier[i] = supplier;
        _customer[i] = customer;
        _segment[i] = segment;
        _share[i] = (float)share;
        _value[i] = value is null ? float.NaN : (float)value.Value;
        _substitutability[i] = substitutability is null ? float.NaN : (float)substitutability.Value;
        _recovery[i] = recoveryDays is null ? -1 : checked((int)recoveryDays.Value);
    }

    public SupplyTable ToTable()
    {
        if (Count != _supplier.Length) Resize(Count);
        return new SupplyTable(_supplier, _customer, _segment, _share, _value, _substitutability, _recovery);
    }

    private void Grow() => Resize(Math.Max(16, _supplier.Length * 2));

    private void Resize(int size)
    {
        Array.Resize(ref _supplier, size);
        Array.Resize(ref _customer, size);
        Array.Resize(ref _segment, size);
        Array.Resize(ref _share, size);
        Array.Resize(ref _value, size);
        Array.Resize(ref _substitutability, size);
        Array.Resize(ref _recovery, size);
    }
}
