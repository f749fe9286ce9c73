using System.Runtime.InteropServices;
using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// A supply as validation accepted it: the customer, segment and supplier as the validator's own indices (see
/// <see cref="ValidatedRows"/> for the ids behind them), optional values as NaN or -1. Ordered by customer,
/// segment, supplier: the <c>supplies</c> table's key order when the indices follow the store's row ids.
/// </summary>
/// <remarks>44 bytes (packed to 4): 16M of them, a chunk of <see cref="SortedRows{T}"/>, take 704 MB.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct ValidatedSupply(
    int Customer, int Segment, int Supplier, double Share, double AnnualValue, double Substitutability, int RecoveryDays, int Since)
    : IComparable<ValidatedSupply>
{
    /// <summary>The row of <paramref name="supply"/>, whose parties and segment have the given indices.</summary>
    public static ValidatedSupply Of(Supply supply, int customer, int segment, int supplier) => new(
        customer, segment, supplier, supply.Share, supply.AnnualValue ?? double.NaN, supply.Substitutability ?? double.NaN,
        supply.RecoveryDays ?? -1, supply.Since?.DayNumber ?? -1);

    public int CompareTo(ValidatedSupply other)
    {
        var byCustomer = Customer.CompareTo(other.Customer);
        if (byCustomer != 0) return byCustomer;
        var bySegment = Segment.CompareTo(other.Segment);
        return bySegment != 0 ? bySegment : Supplier.CompareTo(other.Supplier);
    }
}
