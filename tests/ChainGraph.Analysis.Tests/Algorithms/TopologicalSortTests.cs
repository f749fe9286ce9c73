using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

public sealed class TopologicalSortTests
{
    [Fact]
    public void Compute_LayeredDag_TierIsLongestPathFromASource()
    {
        // 0 → 1 → 3 and 0 → 3 directly: 3 sits on tier 2 (the longer path), 2 is a second source.
        var graph = TestGraphs.From(5, [(0, 1), (1, 3), (0, 3), (2, 3), (3, 4)]);
        var order = TopologicalSort.Compute(graph);
        order.IsAcyclic.Should().BeTrue();
        order.Tiers.Should().Equal(0, 1, 0, 2, 3);
        order.TierCount.Should().Be(4);
        GraphChecks.IsTopological(graph, order.Order).Should().BeTrue();
    }

    [Fact]
    public void Compute_RandomGraphs_EitherAValidOrderOrARealCycle()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(300))
        {
            var order = TopologicalSort.Compute(graph);
            if (order.IsAcyclic) GraphChecks.IsTopological(graph, order.Order).Should().BeTrue($"seed {seed}");
            else GraphChecks.IsCycle(graph, order.Cycle).Should().BeTrue($"seed {seed}");
        }
    }

    [Fact]
    public void Compute_Reverse_TiersCountFromTheSinks()
    {
        var order = TopologicalSort.Compute(TestGraphs.From(3, [(0, 1), (1, 2)]), EdgeDirection.Reverse);
        order.Tiers.Should().Equal(2, 1, 0);
    }

    [Fact]
    public void Compute_Cycle_ReportsIt()
    {
        var graph = TestGraphs.From(4, [(0, 1), (1, 2), (2, 3), (3, 1)]);
        var order = TopologicalSort.Compute(graph);
        order.IsAcyclic.Should().BeFalse();
        order.Cycle.Should().BeEquivalentTo([1, 2, 3]);
        order.Order.Should().BeEmpty();
    }

    [Fact]
    public void Compute_Path200k_Tiers()
    {
        const int n = 200_000;
        var order = TopologicalSort.Compute(TestGraphs.From(n, RandomGraphs.Path(n)));
        order.TierCount.Should().Be(n);
        order.Tiers[n - 1].Should().Be(n - 1);
    }

    [Fact]
    public void Compute_EmptyAndSelfLoops_Acyclic()
    {
        TopologicalSort.Compute(SupplyGraph.Empty).Should().Match<TopologicalOrder>(o => o.IsAcyclic && o.TierCount == 0);
        TopologicalSort.Compute(TestGraphs.From(2, [(0, 0), (1, 1)])).TierCount.Should().Be(1);
    }

    [Fact]
    public void Compute_Undirected_Rejected()
    {
        var act = () => TopologicalSort.Compute(TestGraphs.From(1, []), EdgeDirection.Undirected);
        act.Should().Throw<ArgumentException>();
    }
}
