namespace ChainGraph.Synthetic;

/// <summary>
/// Splits a customer's input for one segment among its suppliers, in units of 1/10,000 so that shares written with
/// four decimals add up exactly: a multi-supplier total never exceeds 9,900 units (0.99), a sole source gets 0.81–1.0.
/// </summary>
public static class ShareSplitter
{
    public const int UnitsPerWhole = 10_000;

    /// <summary>The most suppliers one customer has for one segment; it bounds the one-unit floors in <see cref="Split"/>.</summary>
    public const int MaxSuppliers = 400;

    /// <summary>Share above which a supplier is a sole source (docs/domain.md default S = 80%).</summary>
    public const int SoleSourceUnits = 8_000;

    /// <summary>
    /// Fills <paramref name="units"/> (one entry per supplier, 1 to <see cref="MaxSuppliers"/>). A single supplier is a
    /// sole source when <paramref name="soleSource"/>, otherwise it covers 30–80% (the rest is bought outside the map).
    /// Several suppliers share a coverage of 60–95% with log-normal weights, so one of them usually dominates.
    /// </summary>
    public static void Split(Random rng, Span<int> units, bool soleSource)
    {
        if (units.Length is 0 or > MaxSuppliers) throw new ArgumentOutOfRangeException(nameof(units));
        if (units.Length == 1)
        {
            units[0] = soleSource ? rng.Next(SoleSourceUnits + 100, UnitsPerWhole + 1) : rng.Next(3_000, SoleSourceUnits + 1);
            return;
        }
        Span<double> weights = stackalloc double[units.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++) total += weights[i] = Variates.LogNormal(rng, 1, 1);
        // Coverage ≤ 9,500 plus at most one floor unit per supplier (≤ 400) keeps the sum ≤ 9,900.
        var coverage = Variates.Uniform(rng, 0.6, 0.95) * UnitsPerWhole;
        for (var i = 0; i < units.Length; i++) units[i] = Math.Max(1, (int)(weights[i] / total * coverage));
    }
}
