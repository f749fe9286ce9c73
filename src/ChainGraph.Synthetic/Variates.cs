namespace ChainGraph.Synthetic;

/// <summary>Random variates from a seeded <see cref="Random"/>: every distribution the generator uses is shaped here.</summary>
public static class Variates
{
    public static double Uniform(Random rng, double low, double high) => low + (high - low) * rng.NextDouble();

    public static bool Chance(Random rng, double probability) => rng.NextDouble() < probability;

    public static double StandardNormal(Random rng)
    {
        // Box–Muller; 1 − NextDouble() keeps the logarithm's argument in (0, 1].
        var u = 1.0 - rng.NextDouble();
        var v = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>A log-normal draw with the given median and log-scale standard deviation: the heavy tail of firm sizes.</summary>
    public static double LogNormal(Random rng, double median, double sigma) => median * Math.Exp(sigma * StandardNormal(rng));

    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    /// <summary>Index drawn with probability proportional to its (non-negative) weight.</summary>
    public static int Weighted(Random rng, ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var target = rng.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0) return i;
        }
        return weights.Length - 1;
    }

    public static T Pick<T>(Random rng, IReadOnlyList<(T Item, double Weight)> choices)
    {
        Span<double> weights = stackalloc double[choices.Count];
        for (var i = 0; i < weights.Length; i++) weights[i] = choices[i].Weight;
        return choices[Weighted(rng, weights)].Item;
    }

    public static T Pick<T>(Random rng, IReadOnlyList<T> choices) => choices[rng.Next(choices.Count)];

    /// <summary>A day drawn uniformly from the closed range.</summary>
    public static DateOnly Day(Random rng, DateOnly from, DateOnly to) =>
        DateOnly.FromDayNumber(from.DayNumber + rng.Next(Math.Max(0, to.DayNumber - from.DayNumber) + 1));
}
