namespace ChainGraph.Domain;

/// <summary>
/// Growable parallel arrays that become a <see cref="SupplyTable"/> without copying when the expected count was
/// right (a loader reads the count first); more rows than expected make them grow. A reader that already holds whole
/// columns hands them over with <see cref="Adopt"/>, which does not copy either.
/// </summary>
public sealed class SupplyColumns(int capacity)
{
    private int[] _supplier = new int[capacity], _customer = new int[capacity], _segment = new int[capacity], _recovery = new int[capacity];
    private float[] _share = new float[capacity], _value = new float[capacity], _substitutability = new float[capacity];
    private SupplyTable? _adopted;

    /// <summary>Rows added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Takes over whole columns (the caller must not change them afterwards); lengths must agree.</summary>
    public static SupplyColumns Adopt(int[] supplier, int[] customer, int[] segment, float[] share, float[] annualValue,
        float[] substitutability, int[] recoveryDays) =>
        new(0) { _adopted = new SupplyTable(supplier, customer, segment, share, annualValue, substitutability, recoveryDays) };

    /// <summary>Adds one supply row; a missing value, substitutability or recovery time is null.</summary>
    public SupplyColumns Add(int supplier, int customer, int segment, double share, double? value = null, double? substitutability = null,
        long? recoveryDays = null)
    {
        if (_adopted is not null) throw new InvalidOperationException("adopted columns cannot grow");
        if (Count == _supplier.Length) Grow();
        var i = Count++;
        _supplier[i] = supplier;
        _customer[i] = customer;
        _segment[i] = segment;
        _share[i] = (float)share;
        _value[i] = value is null ? float.NaN : (float)value.Value;
        _substitutability[i] = substitutability is null ? float.NaN : (float)substitutability.Value;
        _recovery[i] = recoveryDays is null ? -1 : checked((int)recoveryDays.Value);
        return this;
    }

    /// <summary>The table over these columns (no copy when the capacity was exact).</summary>
    public SupplyTable ToTable()
    {
        if (_adopted is not null) return _adopted;
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
