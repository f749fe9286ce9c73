using ChainGraph.Domain;

namespace ChainGraph.Application.Snapshots;

/// <summary>Supply rows grouped by customer and by supplier (CSR offsets), largest share first within each group.</summary>
public sealed class SupplyIndex
{
    private readonly int[] _byCustomerStart;
    private readonly int[] _byCustomer;
    private readonly int[] _bySupplierStart;
    private readonly int[] _bySupplier;

    /// <summary>Groups the supply rows of <paramref name="dataset"/>.</summary>
    public SupplyIndex(Dataset dataset)
    {
        var supplies = dataset.Supplies;
        (_byCustomerStart, _byCustomer) = Group(supplies.Customer, supplies, dataset.Enterprises.Count);
        (_bySupplierStart, _bySupplier) = Group(supplies.Supplier, supplies, dataset.Enterprises.Count);
    }

    /// <summary>Rows whose customer is <paramref name="enterprise"/>.</summary>
    public ReadOnlySpan<int> IntoEnterprise(int enterprise) =>
        _byCustomer.AsSpan(_byCustomerStart[enterprise], _byCustomerStart[enterprise + 1] - _byCustomerStart[enterprise]);

    /// <summary>Rows whose supplier is <paramref name="enterprise"/>.</summary>
    public ReadOnlySpan<int> OutOfEnterprise(int enterprise) =>
        _bySupplier.AsSpan(_bySupplierStart[enterprise], _bySupplierStart[enterprise + 1] - _bySupplierStart[enterprise]);

    private static (int[] Start, int[] Rows) Group(ReadOnlySpan<int> key, SupplyTable supplies, int count)
    {
        var start = new int[count + 1];
        foreach (var k in key) start[k + 1]++;
        for (var i = 0; i < count; i++) start[i + 1] += start[i];
        var rows = new int[key.Length];
        var next = (int[])start.Clone();
        for (var r = 0; r < key.Length; r++) rows[next[key[r]]++] = r;
        for (var e = 0; e < count; e++)
            Array.Sort(rows, start[e], start[e + 1] - start[e], Comparer<int>.Create((a, b) => supplies.Share[b].CompareTo(
                supplies.Share[a])));
        return (start, rows);
    }
}
