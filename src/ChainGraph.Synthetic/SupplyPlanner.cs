using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// Plans the supply relations of an in-memory population, customer by customer: for every segment that feeds one of the
/// customer's segments (purchasing is tiered: owners too buy only what feeds their segment) it picks distinct suppliers among that
/// segment's members, favouring large firms (weight output^0.6) and, for local customers, local ones (×1.6), and splits
/// the customer's input among them with <see cref="ShareSplitter"/>. One draw per (customer, segment) makes the pair
/// unique and its shares sum to at most 1.
/// </summary>
public sealed class SupplyPlanner(
    Random rng,
    TemplateGraph graph,
    IReadOnlyList<Enterprise> firms,
    IReadOnlyList<IReadOnlyList<int>> membersOfSegment,
    IReadOnlyList<IReadOnlyList<int>> segmentsOfFirm,
    IReadOnlySet<int> owners)
{
    /// <summary>Chance that a non-owner's input from one segment is not mapped at all (the bureau's map is never complete).</summary>
    private const double UnmappedInput = 0.15;

    /// <summary>Chance that a customer with a single supplier for a segment depends on it as a sole source.</summary>
    private const double SoleSourceChance = 0.45;

    /// <summary>
    /// Plans all relations. <paramref name="forcedSole"/> lists (owner, segment) pairs that get one sole-source supplier.
    /// </summary>
    public List<PlannedSupply> Plan(IReadOnlySet<(int Owner, int Segment)> forcedSole)
    {
        var planned = new List<PlannedSupply>();
        for (var customer = 0; customer < firms.Count; customer++)
        {
            foreach (var segment in InputSegments(customer))
            {
                var forced = forcedSole.Contains((customer, segment));
                if (!owners.Contains(customer) && Variates.Chance(rng, UnmappedInput)) continue;
                PlanInput(customer, segment, forced, planned);
            }
        }
        return planned;
    }

    /// <summary>The segments <paramref name="customer"/> buys from, in ascending order.</summary>
    public IReadOnlyList<int> InputSegments(int customer)
    {
        return [.. segmentsOfFirm[customer].SelectMany(graph.Inputs).Distinct().Order()];
    }

    private void PlanInput(int customer, int segment, bool forcedSole, List<PlannedSupply> planned)
    {
        var pool = membersOfSegment[segment].Where(e => e != customer).ToList();
        if (pool.Count == 0) return;
        var count = forcedSole ? 1 : Math.Min(pool.Count, SupplierCount(customer));
        var suppliers = PickWeighted(pool, count, firms[customer].Location == Location.Local);
        Span<int> units = stackalloc int[suppliers.Count];
        ShareSplitter.Split(rng, units, forcedSole || (count == 1 && Variates.Chance(rng, SoleSourceChance)));
        for (var i = 0; i < suppliers.Count; i++)
            planned.Add(new PlannedSupply(suppliers[i], customer, segment, Terms(suppliers[i], customer, segment, units[i])));
    }

    private int SupplierCount(int customer) => owners.Contains(customer)
        ? rng.Next(3, 9)
        : Math.Min(12, 1 + (int)Variates.LogNormal(rng, 2.0, 0.8));

    private List<int> PickWeighted(List<int> pool, int count, bool localCustomer)
    {
        var weights = pool.Select(e => Math.Pow(firms[e].AnnualOutput, 0.6) * (localCustomer && firms[e].Location == Location.Local
            ? 1.6
            : 1)).ToArray();
        var picked = new List<int>(count);
        for (var n = 0; n < count; n++)
        {
            var i = Variates.Weighted(rng, weights);
            picked.Add(pool[i]);
            weights[i] = 0;
        }
        return picked;
    }

    /// <summary>
    /// What <paramref name="customer"/> spends a year on <paramref name="segment"/> (亿元): its output split evenly over its
    /// segments (a firm in two chains makes two product lines), each line's spend by <see cref="TemplateGraph.SpendFraction"/>.
    /// </summary>
    private double InputSpend(int customer, int segment)
    {
        var lines = segmentsOfFirm[customer];
        return firms[customer].AnnualOutput * lines.Sum(s => graph.SpendFraction(s, segment)) / lines.Count;
    }

    private Supply Terms(int supplier, int customer, int segment, int units)
    {
        var share = units / (double)ShareSplitter.UnitsPerWhole;
        var overseas = firms[supplier].Location == Location.Overseas;
        var substitutability = SupplyTerms.Substitutability(rng, graph.Segments[segment].Key, overseas,
            units > ShareSplitter.SoleSourceUnits);
        return new Supply(firms[supplier].Id, firms[customer].Id, graph.Segments[segment].Id, share,
            SupplyTerms.AnnualValue(rng, share, InputSpend(customer, segment)),
            substitutability,
            SupplyTerms.RecoveryDays(rng, substitutability, overseas),
            SupplyTerms.Since(rng, firms[supplier].Founded ?? GenerationDates.AsOf, firms[customer].Founded ?? GenerationDates.AsOf));
    }
}
