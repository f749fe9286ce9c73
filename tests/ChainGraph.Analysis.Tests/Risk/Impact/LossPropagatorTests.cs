using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Impact;

namespace ChainGraph.Analysis.Tests.Risk.Impact;

/// <summary>The local cascade against the whole-network <see cref="DisruptionSimulator"/> on random supply networks (with cycles).</summary>
public sealed class LossPropagatorTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 25)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Remove_RandomNetwork_SameAvailabilitiesAsTheSimulator(int seed)
    {
        var dataset = RandomNetwork(new Random(seed), firms: 40, supplies: 120);
        var simulator = new DisruptionSimulator(new ChainIndex(dataset));
        var propagator = new LossPropagator(dataset);
        var workspace = new LossPropagator.Workspace(dataset.Enterprises.Count);

        for (var removed = 0; removed < dataset.Enterprises.Count; removed++)
        {
            propagator.Remove(removed, workspace);
            var expected = simulator.Propagate([removed]);
            for (var e = 0; e < expected.Length; e++) workspace.Availability[e].Should().BeApproximately(expected[e], 1e-7, $"firm {e} after removing {removed}");
        }
    }

    private static Dataset RandomNetwork(Random rng, int firms, int supplies)
    {
        var builder = new RiskDatasetBuilder().Segment("a").Segment("b").Segment("c");
        for (var i = 0; i < firms; i++) builder.Firm($"f{i}", "abc"[i % 3].ToString());
        var used = new HashSet<(int, int, int)>();
        var shares = new Dictionary<(int, int), double>();
        for (var k = 0; k < supplies; k++)
        {
            var (s, c, g) = (rng.Next(firms), rng.Next(firms), rng.Next(3));
            if (s == c || !used.Add((s, c, g))) continue;
            var left = 1 - shares.GetValueOrDefault((c, g));
            var share = Math.Round(Math.Min(left, 0.1 + rng.NextDouble() * 0.8), 3);
            if (share <= 0) continue;
            shares[(c, g)] = shares.GetValueOrDefault((c, g)) + share;
            builder.Supply($"f{s}", $"f{c}", "abc"[g].ToString(), share);
        }
        return builder.Build();
    }
}
