namespace ChainGraph.Synthetic;

/// <summary>
/// Supplier concentration of each customer: the mean over its input segments of the Herfindahl–Hirschman index
/// Σ (share / Σ share)² (0–1; 1 = a single supplier). Firms without mapped suppliers get 0.
/// </summary>
public static class SupplierConcentration
{
    public static double[] Of(int firmCount, IEnumerable<(int Customer, int Segment, double Share)> supplies)
    {
        var result = new double[firmCount];
        foreach (var customer in supplies.GroupBy(s => s.Customer))
        {
            result[customer.Key] = customer.GroupBy(s => s.Segment).Average(Hhi);
        }
        return result;
    }

    /// <summary>The HHI of one (customer, segment) input from its suppliers' shares.</summary>
    public static double Hhi(IEnumerable<(int Customer, int Segment, double Share)> input)
    {
        var shares = input.Select(s => s.Share).ToList();
        var total = shares.Sum();
        return shares.Sum(s => s / total * (s / total));
    }
}
