using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// One supply as the <c>supplies</c> table holds it: enterprise and segment row ids, optional values as NaN or -1.
/// Ordered by the table's primary key (customer, segment, supplier), so a sorted batch is written in key order.
/// </summary>
/// <remarks>
/// Compact (56 bytes) because a whole supplies file is held and sorted before it is written: in file order each insert
/// lands on a random page of the supplies B-tree and its foreign-key checks on random pages of <c>enterprises</c>.
/// </remarks>
internal readonly record struct SupplyRow(
    long Customer, long Segment, long Supplier, double Share, double AnnualValue, double Substitutability, int RecoveryDays, int Since)
    : IComparable<SupplyRow>
{
    /// <summary>
    /// The row of <paramref name="supply"/>, its ids resolved with <paramref name="customerRow"/>, <paramref name="segmentRow"/>
    /// and <paramref name="supplierRow"/>.
    /// </summary>
    public static SupplyRow Of(Supply supply, Func<string, long> customerRow, Func<string, long> segmentRow,
        Func<string, long> supplierRow) => new(
        customerRow(supply.CustomerId), segmentRow(supply.SegmentId), supplierRow(supply.SupplierId), supply.Share,
        supply.AnnualValue ?? double.NaN, supply.Substitutability ?? double.NaN, supply.RecoveryDays ?? -1,
        supply.Since?.DayNumber ?? -1);

    /// <summary>
    /// The row of a validated supply, its indices mapped to row ids through <paramref name="enterprises"/> and
    /// <paramref name="segments"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">An enterprise or the segment of the supply is no longer in the store.</exception>
    public static SupplyRow Of(ValidatedSupply supply, IndexRowIds enterprises, IndexRowIds segments) => new(
        enterprises[supply.Customer], segments[supply.Segment], enterprises[supply.Supplier], supply.Share, supply.AnnualValue,
        supply.Substitutability, supply.RecoveryDays, supply.Since);

    /// <summary>Binds the row to the supplies upsert (keys, then values, NULL for what is missing) and writes it.</summary>
    /// <returns>1 when it inserted or changed a row.</returns>
    public int Write(Upsert upsert)
    {
        upsert.Bind(1, Customer);
        upsert.Bind(2, Segment);
        upsert.Bind(3, Supplier);
        upsert.Bind(4, Share);
        BindOptional(upsert, 5, AnnualValue);
        BindOptional(upsert, 6, Substitutability);
        if (RecoveryDays < 0) upsert.BindNull(7);
        else upsert.Bind(7, RecoveryDays);
        if (Since < 0) upsert.BindNull(8);
        else upsert.Bind(8, DateOnly.FromDayNumber(Since));
        return upsert.Step();
    }

    public int CompareTo(SupplyRow other)
    {
        var byCustomer = Customer.CompareTo(other.Customer);
        if (byCustomer != 0) return byCustomer;
        var bySegment = Segment.CompareTo(other.Segment);
        return bySegment != 0 ? bySegment : Supplier.CompareTo(other.Supplier);
    }

    private static void BindOptional(Upsert upsert, int index, double value)
    {
        if (double.IsNaN(value)) upsert.BindNull(index);
        else upsert.Bind(index, value);
    }
}
