using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

public sealed class DominatorsTests
{
    [Theory]
    [InlineData(EdgeDirection.Forward)]
    [InlineData(EdgeDirection.Reverse)]
    [InlineData(EdgeDirection.Undirected)]
    public void Compute_RandomGraphs_DominatorsAreExactlyTheNodesOnEveryPath(EdgeDirection direction)
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            var tree = Dominators.Compute(graph, 0, direction);
            for (var v = 0; v < graph.NodeCount; v++)
            {
                tree.IsReachable(v).Should().Be(GraphChecks.Reaches(graph, direction, [0], [v]), $"seed {seed}, node {v}");
                if (!tree.IsReachable(v) || v == 0) continue;
                for (var d = 0; d < graph.NodeCount; d++)
                {
                    var onEveryPath = d == v || d == 0 || !GraphChecks.Reaches(graph, direction, [0], [v], removed: [d]);
                    tree.Dominates(d, v).Should().Be(onEveryPath, $"seed {seed}: does {d} dominate {v}?");
                }
            }
        }
    }

    [Fact]
    public void Compute_RandomGraphs_RemovingTheImmediateDominatorCutsTheNodeOff()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            var tree = Dominators.Compute(graph, 0);
            for (var v = 1; v < graph.NodeCount; v++)
            {
                var idom = tree.ImmediateDominator(v);
                if (idom <= 0) continue;
                GraphChecks.Reaches(graph, EdgeDirection.Forward, [0], [v], removed: [idom]).Should().BeFalse($"seed {seed}: {idom} dominates {v}");
                tree.StrictDominators(v).Should().StartWith(idom).And.EndWith(0);
            }
        }
    }

    [Fact]
    public void Compute_Diamond_RootDominatesTheJoin()
    {
        var graph = TestGraphs.From(5, [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)]);
        var tree = Dominators.Compute(graph, 0);
        tree.ImmediateDominators.Should().Equal(0, 0, 0, 0, 3);
        tree.DominatedCount(3).Should().Be(2);
        tree.DominatedCount(0).Should().Be(5);
        tree.ReachableCount.Should().Be(5);
    }

    [Fact]
    public void Compute_ReverseFromOwner_FindsTheSupplierEveryPathPassesThrough()
    {
        // Suppliers 0 and 1 both go through 2 to reach owner 4; 3 supplies the owner directly.
        var graph = TestGraphs.From(5, [(0, 2), (1, 2), (2, 4), (3, 4)]);
        var tree = Dominators.Compute(graph, 4, EdgeDirection.Reverse);
        tree.ImmediateDominator(0).Should().Be(2);
        tree.ImmediateDominator(1).Should().Be(2);
        tree.ImmediateDominator(3).Should().Be(4);
    }

    [Fact]
    public void Compute_UnreachableNodes_MinusOne()
    {
        var tree = Dominators.Compute(TestGraphs.From(3, [(1, 0), (2, 2)]), 0);
        tree.ImmediateDominators.Should().Equal(0, -1, -1);
        tree.Dominates(0, 1).Should().BeFalse();
        tree.StrictDominators(1).Should().BeEmpty();
    }

    [Fact]
    public void Compute_Path200kOnSmallStack_EachNodeDominatedByItsPredecessor()
    {
        const int n = 200_000;
        var graph = TestGraphs.From(n, RandomGraphs.Path(n));
        TestGraphs.OnSmallStack(() =>
        {
            var tree = Dominators.Compute(graph, 0);
            tree.ImmediateDominators.Skip(1).Should().Equal(Enumerable.Range(0, n - 1));
            tree.Dominates(1, n - 1).Should().BeTrue();
            tree.DominatedCount(0).Should().Be(n);
        });
    }

    [Fact]
    public void Compute_RootOutsideGraph_Throws()
    {
        var act = () => Dominators.Compute(TestGraphs.From(1, []), 1);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Compute_Cancelled_Throws()
    {
        var act = () => Dominators.Compute(TestGraphs.From(2, [(0, 1)]), 0, EdgeDirection.Forward, new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }
}
