namespace ChainGraph.Domain;

/// <summary>
/// Supply relations in parallel columns, read-only: <see cref="Supplier"/> and <see cref="Customer"/> index
/// <see cref="Dataset.Enterprises"/>, <see cref="Segment"/> indexes <see cref="Dataset.Segments"/>.
/// Missing optional values are NaN (floats) or -1 (<see cref="RecoveryDays"/>). Built by <see cref="SupplyColumns"/>;
/// the columns are views over the arrays, never copies, because a production graph has millions of rows.
/// </summary>
public sealed class SupplyTable
{
    private readonly int[] _supplier, _customer, _segment, _recoveryDays;
    private readonly float[] _share, _annualValue, _substitutability;

    internal SupplyTable(int[] supplier, int[] customer, int[] segment, float[] share, float[] annualValue, float[] substitutability,
        int[] recoveryDays)
    {
        var count = supplier.Length;
        if (customer.Length != count || segment.Length != count || share.Length != count || annualValue.Length != count
            || substitutability.Length != count || recoveryDays.Length != count)
            throw new InvalidDataException("the dataset is inconsistent: the supply columns differ in length");
        (_supplier, _customer, _segment, _share) = (supplier, customer, segment, share);
        (_annualValue, _substitutability, _recoveryDays) = (annualValue, substitutability, recoveryDays);
    }

    /// <summary>An empty table.</summary>
    public static SupplyTable Empty { get; } = new([], [], [], [], [], [], []);

    /// <summary>Number of supply rows.</summary>
    public int Count => _supplier.Length;

    /// <summary>The supplying enterprise of each row (an index into <see cref="Dataset.Enterprises"/>).</summary>
    public ReadOnlySpan<int> Supplier => _supplier;

    /// <summary>The customer enterprise of each row (an index into <see cref="Dataset.Enterprises"/>).</summary>
    public ReadOnlySpan<int> Customer => _customer;

    /// <summary>The segment supplied in each row (an index into <see cref="Dataset.Segments"/>).</summary>
    public ReadOnlySpan<int> Segment => _segment;

    /// <summary>Share (0–1) of the customer's input for that segment.</summary>
    public ReadOnlySpan<float> Share => _share;

    /// <summary>Annual value in 万元, NaN when unknown.</summary>
    public ReadOnlySpan<float> AnnualValue => _annualValue;

    /// <summary>Substitutability (0–1), NaN when unknown.</summary>
    public ReadOnlySpan<float> Substitutability => _substitutability;

    /// <summary>Days to recover the supply, -1 when unknown.</summary>
    public ReadOnlySpan<int> RecoveryDays => _recoveryDays;
}
