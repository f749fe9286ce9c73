using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

public sealed class BiconnectivityTests
{
    [Fact]
    public void Find_RandomGraphs_ArticulationPointsAreExactlyTheNodesWhoseRemovalSplits()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(300))
        {
            var before = GraphChecks.ComponentCount(graph);
            var splitters = Enumerable.Range(0, graph.NodeCount)
                .Where(v => GraphChecks.ComponentCount(graph, new HashSet<int> { v }) > before)
                .ToList();
            Biconnectivity.Find(graph).ArticulationPoints.Should().Equal(splitters, $"seed {seed}");
        }
    }

    [Fact]
    public void Find_RandomGraphs_BridgesAreExactlyTheEdgesWhoseRemovalSplits()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(300))
        {
            var before = GraphChecks.ComponentCount(graph);
            var expected = UndirectedEdges(graph).Where(e => GraphChecks.ComponentCount(graph, removedEdge: e) > before).ToList();
            Biconnectivity.Find(graph).Bridges.Select(b => (b.U, b.V)).Should().Equal(expected, $"seed {seed}");
        }
    }

    [Fact]
    public void Find_DoubledAndMutualEdges_CountAsOneEdge()
    {
        var graph = TestGraphs.From(3, [(0, 1), (0, 1), (1, 0), (1, 2)]);
        var result = Biconnectivity.Find(graph);
        result.Bridges.Should().Equal(new NodePair(0, 1), new NodePair(1, 2));
        result.ArticulationPoints.Should().Equal(1);
    }

    [Fact]
    public void Find_SelfLoopsOnly_NoneFound()
    {
        var result = Biconnectivity.Find(TestGraphs.From(2, [(0, 0), (1, 1)]));
        result.ArticulationPoints.Should().BeEmpty();
        result.Bridges.Should().BeEmpty();
    }

    [Fact]
    public void Find_EmptyAndSingleNode_NoneFound()
    {
        Biconnectivity.Find(TestGraphs.From(0, [])).ArticulationPoints.Should().BeEmpty();
        Biconnectivity.Find(TestGraphs.From(1, [])).Bridges.Should().BeEmpty();
    }

    [Fact]
    public void Find_PathOf200kNodesOnSmallStack_EveryInnerNodeAndEdgeIsCritical()
    {
        const int n = 200_000;
        var graph = TestGraphs.From(n, RandomGraphs.Path(n));
        TestGraphs.OnSmallStack(() =>
        {
            var result = Biconnectivity.Find(graph);
            result.ArticulationPoints.Should().HaveCount(n - 2).And.NotContain([0, n - 1]);
            result.Bridges.Should().HaveCount(n - 1);
        });
    }

    [Fact]
    public void Find_Cancelled_Throws()
    {
        var graph = TestGraphs.From(3, [(0, 1), (1, 2)]);
        var act = () => Biconnectivity.Find(graph, new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }

    private static IEnumerable<(int, int)> UndirectedEdges(SupplyGraph graph) =>
        Enumerable.Range(0, graph.NodeCount).SelectMany(u => graph.Undirected.Neighbors(u).ToArray().Where(v => u < v).Select(v => (u, v)));
}
