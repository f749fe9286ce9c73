namespace ChainGraph.Synthetic;

/// <summary>
/// The attributes of a supply relation besides its share: annual value (万元), substitutability (0 irreplaceable – 1
/// commodity), recovery time (days) and start date. Key segments, overseas suppliers and sole sources are harder to replace.
/// </summary>
public static class SupplyTerms
{
    /// <summary>万元 per 亿元.</summary>
    private const double WanPerYi = 10_000;

    /// <summary>
    /// Value (万元) of a share of the customer's input for one segment, given what the customer spends on that segment a
    /// year (亿元, its output × <see cref="TemplateGraph.SpendFraction"/>), ±20%.
    /// </summary>
    public static double AnnualValue(Random rng, double share, double inputSpend) =>
        Math.Max(0.01, Math.Round(share * inputSpend * WanPerYi * Variates.Uniform(rng, 0.8, 1.2), 2));

    public static double Substitutability(Random rng, bool keySegment, bool overseasSupplier, bool soleSource)
    {
        var value = keySegment ? Variates.Uniform(rng, 0.05, 0.5) : Variates.Uniform(rng, 0.3, 0.95);
        if (overseasSupplier) value *= 0.8;
        if (soleSource) value *= 0.6;
        return Math.Round(value, 2);
    }

    /// <summary>Days to restore supply after losing this supplier: longer the less substitutable, plus shipping from abroad.</summary>
    public static int RecoveryDays(Random rng, double substitutability, bool overseasSupplier)
    {
        var days = Variates.LogNormal(rng, 20 + 160 * (1 - substitutability), 0.4) + (overseasSupplier ? 30 : 0);
        return (int)Math.Clamp(Math.Round(days), 3, 720);
    }

    /// <summary>When the relation started: after both firms were founded, before the as-of date.</summary>
    public static DateOnly Since(Random rng, DateOnly supplierFounded, DateOnly customerFounded)
    {
        var to = GenerationDates.AsOf.AddMonths(-3);
        var from = Later(Later(GenerationDates.EarliestSupply, supplierFounded), customerFounded);
        return Variates.Day(rng, from > to ? to.AddDays(-30) : from, to);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
