using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

public sealed class BetweennessTests
{
    [Theory]
    [InlineData(EdgeDirection.Forward)]
    [InlineData(EdgeDirection.Undirected)]
    public void Compute_RandomGraphs_NonNegativeAndAtMostOne(EdgeDirection direction)
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            Betweenness.Compute(graph, new BetweennessOptions { Direction = direction }).Values
                .Should().OnlyContain(b => b >= 0 && b <= 1 + 1e-12, $"seed {seed}");
        }
    }

    [Fact]
    public void Compute_SamplesEqualToNodeCount_BitForBitTheExactResult()
    {
        var graph = ScaleFree(400, seed: 3);
        var exact = Betweenness.Compute(graph);
        var sampled = Betweenness.Compute(graph, new BetweennessOptions { Samples = graph.NodeCount, Seed = 99 });
        sampled.Values.Should().Equal(exact.Values);
        sampled.IsSampled.Should().BeFalse();
    }

    [Fact]
    public void Compute_DifferentThreadCounts_BitForBitTheSame()
    {
        var graph = ScaleFree(600, seed: 4);
        var options = new BetweennessOptions { Direction = EdgeDirection.Undirected, Samples = 100, Seed = 5 };
        var one = Betweenness.Compute(graph, options with { MaxDegreeOfParallelism = 1 });
        var many = Betweenness.Compute(graph, options with { MaxDegreeOfParallelism = 8 });
        many.Values.Should().Equal(one.Values);
        many.Sources.Should().Equal(one.Sources);
    }

    [Fact]
    public void Compute_Sampled_SameSeedSameSourcesAndScaledByNOverK()
    {
        var graph = ScaleFree(300, seed: 6);
        var options = new BetweennessOptions { Samples = 30, Seed = 11 };
        var first = Betweenness.Compute(graph, options);
        first.Sources.Should().HaveCount(30).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        first.IsSampled.Should().BeTrue();
        Betweenness.Compute(graph, options).Values.Should().Equal(first.Values);
        Betweenness.Compute(graph, options with { Seed = 12 }).Sources.Should().NotEqual(first.Sources);
    }

    [Fact]
    public void Compute_SampledEstimate_AveragesToTheExactValue()
    {
        var graph = ScaleFree(200, seed: 8);
        var exact = Betweenness.Compute(graph).Values;
        var mean = new double[graph.NodeCount];
        const int runs = 200;
        for (var seed = 0; seed < runs; seed++)
        {
            var values = Betweenness.Compute(graph, new BetweennessOptions { Samples = 20, Seed = seed }).Values;
            for (var v = 0; v < mean.Length; v++) mean[v] += values[v] / runs;
        }
        var top = Enumerable.Range(0, graph.NodeCount).MaxBy(v => exact[v]);
        mean[top].Should().BeApproximately(exact[top], exact[top] * 0.1, "n/k scaling makes the estimate unbiased");
    }

    [Fact]
    public void Compute_StarUndirected_CentreIsOneLeavesZero()
    {
        var graph = TestGraphs.From(6, Enumerable.Range(1, 5).Select(v => (0, v)));
        var values = Betweenness.Compute(graph, new BetweennessOptions { Direction = EdgeDirection.Undirected }).Values;
        values[0].Should().Be(1.0);
        values.Skip(1).Should().OnlyContain(b => b == 0);
    }

    [Fact]
    public void Compute_DirectedPath_MatchesClosedForm()
    {
        // On a directed path of n nodes, node i lies on i·(n − 1 − i) shortest paths.
        const int n = 7;
        var values = Betweenness.Compute(TestGraphs.From(n, RandomGraphs.Path(n))).Values;
        for (var i = 0; i < n; i++) values[i].Should().BeApproximately(i * (n - 1.0 - i) / ((n - 1) * (n - 2)), 1e-15);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Compute_AtMostTwoNodes_AllZero(int n)
    {
        var graph = TestGraphs.From(n, n == 2 ? [(0, 1), (1, 0)] : []);
        var values = Betweenness.Compute(graph, new BetweennessOptions { Samples = 1 }).Values;
        values.Should().HaveCount(n);
        values.All(b => b == 0).Should().BeTrue();
    }

    [Fact]
    public void Compute_Unnormalised_UndirectedHalved()
    {
        var graph = TestGraphs.From(3, [(0, 1), (1, 2)]);
        Betweenness.Compute(graph, new BetweennessOptions { Direction = EdgeDirection.Undirected, Normalized = false }).Values.Should().Equal(0, 1, 0);
        Betweenness.Compute(graph, new BetweennessOptions { Normalized = false }).Values.Should().Equal(0, 1, 0);
    }

    [Fact]
    public void Compute_Cancelled_Throws()
    {
        var act = () => Betweenness.Compute(ScaleFree(50, 1), null, new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }

    private static SupplyGraph ScaleFree(int n, int seed) => TestGraphs.From(n, RandomGraphs.PreferentialAttachment(new Random(seed), n, 2));
}
