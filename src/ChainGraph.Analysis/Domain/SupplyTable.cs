namespace ChainGraph.Analysis.Domain;

/// <summary>
/// Supply relations in parallel arrays. <see cref="Supplier"/> and <see cref="Customer"/> index
/// <see cref="Dataset.Enterprises"/>, <see cref="Segment"/> indexes <see cref="Dataset.Segments"/>.
/// Missing optional values are NaN (floats) or -1 (<see cref="RecoveryDays"/>).
/// </summary>
public sealed class SupplyTable(int[] supplier, int[] customer, int[] segment, float[] share, float[] annualValue, float[] substitutability, int[] recoveryDays)
{
    public int Count => Supplier.Length;
    public int[] Supplier { get; } = supplier;
    public int[] Customer { get; } = customer;
    public int[] Segment { get; } = segment;
    public float[] Share { get; } = share;
    public float[] AnnualValue { get; } = annualValue;
    public float[] Substitutability { get; } = substitutability;
    public int[] RecoveryDays { get; } = recoveryDays;

    public static SupplyTable Empty { get; } = new([], [], [], [], [], [], []);
}
