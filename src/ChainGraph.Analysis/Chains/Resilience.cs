namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Resilience curves of a chain: the owners' mean availability as a growing fraction of the chain's other
/// enterprises is removed, at random (mean over seeded runs) and targeted (highest betweenness first).
/// </summary>
public static class Resilience
{
    public static IReadOnlyList<ResiliencePoint> Curve(
        ChainIndex index, DisruptionSimulator simulator, string chainId, IReadOnlyList<double> targetOrderScores,
        int steps = 10, double maxFraction = 0.5, int runs = 20, int seed = 42, CancellationToken cancellationToken = default)
    {
        var owners = index.Owners[chainId];
        var candidates = index.OrderedSegments[chainId].SelectMany(index.Members).Distinct().Except(owners).ToArray();
        var targeted = candidates.OrderByDescending(e => targetOrderScores[e])
            .ThenByDescending(e => index.Output(e))
            .ToArray();
        var random = new Random(seed);
        var points = new List<ResiliencePoint>();
        for (var step = 0; step <= steps; step++)
        {
            var fraction = maxFraction * step / steps;
            var count = (int)Math.Round(fraction * candidates.Length);
            var randomMean = Enumerable.Range(0, runs)
                .Average(_ => MeanOwnerAvailability(simulator, owners, Shuffled(candidates, random).Take(count).ToArray(),
                cancellationToken));
            var targetedMean = MeanOwnerAvailability(simulator, owners, targeted.Take(count).ToArray(), cancellationToken);
            points.Add(new ResiliencePoint(fraction, count, randomMean, targetedMean));
        }
        return points;
    }

    private static double MeanOwnerAvailability(DisruptionSimulator simulator, IReadOnlyList<int> owners, int[] removed,
        CancellationToken token)
    {
        if (owners.Count == 0) return 1;
        var availability = simulator.Propagate(removed, token);
        return owners.Average(o => availability[o]);
    }

    private static int[] Shuffled(int[] items, Random random)
    {
        var copy = (int[])items.Clone();
        random.Shuffle(copy);
        return copy;
    }
}

/// <summary>One point of a resilience curve: the fraction (and number) of enterprises removed and the owners' mean availability.</summary>
public sealed record ResiliencePoint(double Fraction, int Removed, double RandomRemoval, double TargetedRemoval);
