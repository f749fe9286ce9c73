using System.Text;
using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// Streams the scale preset's supply relations to disk customer by customer, never holding them in memory.
/// Each customer gets a quota of relations proportional to output^0.6 (capped by what its input segments can hold),
/// spread over its input segments by their size; suppliers are distinct within a (customer, segment) and drawn
/// proportionally to output^0.6 from the segment's index range. Afterwards <see cref="SupplierHhi"/> and
/// <see cref="Core"/> describe every enterprise for the membership and event files.
/// </summary>
public sealed class ScaleSupplyStream
{
    private const double SoleSourceChance = 0.45;

    private readonly ScalePopulation population;
    private readonly ScaleLayout layout;
    private readonly Random rng;
    private readonly double[] cumulative;
    private readonly byte[][] segmentIds;
    private readonly HashSet<int> chosen = [];
    private readonly int[] suppliers = new int[ShareSplitter.MaxSuppliers];
    private readonly int[] units = new int[ShareSplitter.MaxSuppliers];

    public ScaleSupplyStream(ScalePopulation population, Random rng)
    {
        this.population = population;
        this.rng = rng;
        layout = population.Layout;
        cumulative = CumulativeWeights(population);
        segmentIds = [.. layout.Graph.Segments.Select(s => Encoding.ASCII.GetBytes(s.Id))];
        SupplierHhi = new float[layout.Enterprises];
        Core = new bool[layout.Enterprises];
    }

    /// <summary>Mean HHI of each enterprise's supplier shares over its input segments (0 without suppliers).</summary>
    public float[] SupplierHhi { get; }

    /// <summary>True for enterprises that supply a chain owner in a key segment (核心配套企业).</summary>
    public bool[] Core { get; }

    /// <summary>Writes exactly <paramref name="relations"/> rows (at most <see cref="ScaleLayout.Capacity"/>).</summary>
    public void Write(int relations, RecordWriter writer, Action<string, long> progress)
    {
        var quotas = Quotas(relations);
        for (var customer = 0; customer < quotas.Length; customer++)
        {
            if (quotas[customer] > 0) WriteCustomer(customer, quotas[customer], writer, progress);
        }
    }

    private static double[] CumulativeWeights(ScalePopulation population)
    {
        var layout = population.Layout;
        var cumulative = new double[layout.Enterprises];
        for (var s = 0; s < layout.Graph.Segments.Count; s++)
        {
            var sum = 0.0;
            for (var e = layout.Start(s); e < layout.Start(s) + layout.Count(s); e++) cumulative[e] = sum += Weight(population.Output[e]);
        }
        return cumulative;
    }

    private static double Weight(float output) => Math.Pow(output, 0.6);

    private int[] Quotas(int relations)
    {
        var n = layout.Enterprises;
        var capacity = new int[n];
        var weights = new double[n];
        for (var e = 0; e < n; e++)
        {
            capacity[e] = layout.Inputs(population.SegmentOf[e]).Sum(layout.InputCapacity);
            weights[e] = capacity[e] > 0 ? Weight(population.Output[e]) : 0;
        }
        var total = weights.Sum();
        var quotas = new int[n];
        long assigned = 0;
        for (var e = 0; e < n; e++) assigned += quotas[e] = (int)Math.Min(capacity[e], relations * weights[e] / total);
        TopUp(quotas, capacity, relations - assigned);
        return quotas;
    }

    // Flooring leaves at most one relation per customer (plus what caps cut off); hand it out round-robin from a random start.
    private void TopUp(int[] quotas, int[] capacity, long deficit)
    {
        var offset = rng.Next(quotas.Length);
        while (deficit > 0)
        {
            for (var j = 0; j < quotas.Length && deficit > 0; j++)
            {
                var e = (offset + j) % quotas.Length;
                if (quotas[e] >= capacity[e]) continue;
                quotas[e]++;
                deficit--;
            }
        }
    }

    private void WriteCustomer(int customer, int quota, RecordWriter writer, Action<string, long> progress)
    {
        var segment = population.SegmentOf[customer];
        var inputs = layout.Inputs(segment);
        var owner = layout.IsOwner(customer, segment);
        Span<int> perInput = stackalloc int[inputs.Count];
        SplitQuota(quota, inputs, perInput);
        var hhiSum = 0.0;
        var mapped = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var k = perInput[i];
            if (k == 0) continue;
            PickSuppliers(inputs[i], k);
            ShareSplitter.Split(rng, units.AsSpan(0, k), k == 1 && Variates.Chance(rng, SoleSourceChance));
            hhiSum += Hhi(units.AsSpan(0, k));
            mapped++;
            var key = layout.Graph.Segments[inputs[i]].Key;
            for (var j = 0; j < k; j++)
            {
                WriteRow(writer, suppliers[j], customer, inputs[i], units[j], key);
                if (owner && key) Core[suppliers[j]] = true;
                if (writer.Records % 1_000_000 == 0) progress("supplies", writer.Records);
            }
        }
        SupplierHhi[customer] = mapped == 0 ? 0 : (float)(hhiSum / mapped);
    }

    /// <summary>One supplier per input while the quota lasts, then the rest in proportion to each input's capacity.</summary>
    private void SplitQuota(int quota, IReadOnlyList<int> inputs, Span<int> perInput)
    {
        if (quota <= inputs.Count)
        {
            Span<int> order = stackalloc int[inputs.Count];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            for (var i = 0; i < quota; i++)
            {
                var j = rng.Next(i, order.Length);
                (order[i], order[j]) = (order[j], order[i]);
                perInput[order[i]] = 1;
            }
            return;
        }
        long totalCapacity = 0;
        foreach (var s in inputs) totalCapacity += layout.InputCapacity(s);
        var assigned = 0;
        for (var i = 0; i < inputs.Count; i++)
            assigned += perInput[i] = (int)Math.Min(layout.InputCapacity(inputs[i]), 1 + (quota - inputs.Count) * layout.InputCapacity(
                inputs[i]) / totalCapacity);
        for (var i = 0; assigned < quota; i = (i + 1) % inputs.Count)
        {
            if (perInput[i] >= layout.InputCapacity(inputs[i])) continue;
            perInput[i]++;
            assigned++;
        }
    }

    /// <summary>Fills <see cref="suppliers"/>[0..k) with distinct members of <paramref name="segment"/>.</summary>
    private void PickSuppliers(int segment, int k)
    {
        chosen.Clear();
        var start = layout.Start(segment);
        var count = layout.Count(segment);
        // Weighted rejection sampling slows down as k nears the pool size; past a quarter of it, Floyd's uniform sample.
        if (k * 4 > count)
        {
            PickUniform(start, count, k);
            return;
        }
        var total = cumulative[start + count - 1];
        for (var m = 0; m < k;)
        {
            var e = start + LowerBound(start, count, rng.NextDouble() * total);
            if (chosen.Add(e)) suppliers[m++] = e;
        }
    }

    private void PickUniform(int start, int count, int k)
    {
        var m = 0;
        for (var j = count - k; j < count; j++)
        {
            var t = rng.Next(j + 1);
            suppliers[m++] = start + (chosen.Add(t) ? t : AddReturning(j));
        }
    }

    private int AddReturning(int value)
    {
        chosen.Add(value);
        return value;
    }

    private int LowerBound(int start, int count, double target)
    {
        int low = 0, high = count - 1;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (cumulative[start + mid] > target) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    private void WriteRow(RecordWriter writer, int supplier, int customer, int segment, int shareUnits, bool key)
    {
        var share = shareUnits / (double)ShareSplitter.UnitsPerWhole;
        var overseas = population.Kind[supplier] == Location.Overseas;
        var substitutability = SupplyTerms.Substitutability(rng, key, overseas, shareUnits > ShareSplitter.SoleSourceUnits);
        writer.Ascii(population.Id(supplier));
        writer.Ascii(population.Id(customer));
        writer.Ascii(segmentIds[segment]);
        writer.Fixed(shareUnits, 4);
        writer.Number(SupplyTerms.AnnualValue(rng, share, population.Output[customer] * layout.Graph.SpendFraction(
            population.SegmentOf[customer], segment)), 2);
        writer.Number(substitutability, 2);
        writer.Integer(SupplyTerms.RecoveryDays(rng, substitutability, overseas));
        writer.Date(SupplyTerms.Since(rng, DateOnly.FromDayNumber(population.Founded[supplier]),
            DateOnly.FromDayNumber(population.Founded[customer])));
        writer.EndRecord();
    }

    private static double Hhi(ReadOnlySpan<int> shares)
    {
        double total = 0, sum = 0;
        foreach (var s in shares) total += s;
        foreach (var s in shares) sum += s / total * (s / total);
        return sum;
    }
}
