using ChainGraph.Analysis.Graph;
using ChainGraph.Analysis.Tests.Algorithms;

namespace ChainGraph.Analysis.Tests.Graph;

public sealed class SupplyGraphTests
{
    [Fact]
    public void Build_RandomEdgeLists_RowsSortedUniqueWithoutLoops()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            foreach (var adjacency in new[] { graph.Out, graph.In, graph.Undirected })
            {
                for (var v = 0; v < graph.NodeCount; v++)
                {
                    var row = adjacency.Neighbors(v).ToArray();
                    row.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.NotContain(v, $"seed {seed}");
                }
            }
        }
    }

    [Fact]
    public void Build_RandomEdgeLists_ReverseAndUndirectedAgreeWithForward()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            var forward = Enumerable.Range(0, graph.EdgeCount).Select(e => (graph.EdgeSource(e), graph.EdgeTarget(e))).ToHashSet();
            var reverse = Enumerable.Range(0, graph.NodeCount).SelectMany(v => graph.In.Neighbors(v).ToArray().Select(u => (u, v))).ToHashSet();
            reverse.Should().BeEquivalentTo(forward, $"seed {seed}");
            for (var v = 0; v < graph.NodeCount; v++)
            {
                for (var slot = graph.In.Offsets[v]; slot < graph.In.Offsets[v + 1]; slot++)
                {
                    var edge = graph.In.EdgeId(slot);
                    (graph.EdgeSource(edge), graph.EdgeTarget(edge)).Should().Be((graph.In.Targets[slot], v));
                }
            }
            var undirected = forward.SelectMany(e => new[] { e, (e.Item2, e.Item1) }).ToHashSet();
            graph.Undirected.SlotCount.Should().Be(undirected.Count);
            graph.UndirectedEdgeCount.Should().Be(undirected.Count / 2);
        }
    }

    [Fact]
    public void Build_ParallelEdgesAndSelfLoops_MergedAndDroppedButNodesKept()
    {
        var builder = new GraphBuilder();
        builder.AddEdge("a", "b");
        builder.AddEdge("a", "b");
        builder.AddEdge("b", "a");
        builder.AddEdge("c", "c");
        var graph = builder.Build();
        graph.NodeIds.Should().Equal("a", "b", "c");
        graph.EdgeCount.Should().Be(2);
        graph.UndirectedEdgeCount.Should().Be(1);
        graph.Out.Degree(2).Should().Be(0);
    }

    [Fact]
    public void EdgeSource_EmptyRowsBetween_FindsTheOwningRow()
    {
        var graph = TestGraphs.From(6, [(1, 0), (1, 2), (4, 5)]);
        Enumerable.Range(0, graph.EdgeCount).Select(graph.EdgeSource).Should().Equal(1, 1, 4);
    }

    [Fact]
    public void FindEdgeAndTryGetNode_LookUp()
    {
        var graph = TestGraphs.From(3, [(0, 2)]);
        graph.FindEdge(0, 2).Should().Be(0);
        graph.FindEdge(2, 0).Should().Be(-1);
        graph.TryGetNode("2", out var node).Should().BeTrue();
        node.Should().Be(2);
        graph.TryGetNode("x", out _).Should().BeFalse();
        graph.Undirected.HasEdgeIds.Should().BeFalse();
        ((Action)(() => graph.Undirected.EdgeId(0))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Empty_HasNothing()
    {
        SupplyGraph.Empty.NodeCount.Should().Be(0);
        SupplyGraph.Empty.EdgeCount.Should().Be(0);
        SupplyGraph.Empty.UndirectedEdgeCount.Should().Be(0);
    }

    [Fact]
    public void AddEdge_UnknownNode_Throws()
    {
        var builder = new GraphBuilder();
        builder.AddNode("a");
        ((Action)(() => builder.AddEdge(0, 1))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
