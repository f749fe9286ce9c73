using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

public sealed class ComponentsTests
{
    [Fact]
    public void ConnectedComponents_RandomGraphs_SameLabelExactlyWhenConnected()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            var labels = ConnectedComponents.Find(graph);
            labels.Count.Should().Be(GraphChecks.ComponentCount(graph), $"seed {seed}");
            labels.Sizes.Sum().Should().Be(graph.NodeCount);
            foreach (var (u, v) in Pairs(graph.NodeCount))
            {
                var connected = GraphChecks.Reaches(graph, EdgeDirection.Undirected, [u], [v]);
                (labels.Labels[u] == labels.Labels[v]).Should().Be(connected, $"seed {seed}, nodes {u} and {v}");
            }
        }
    }

    [Fact]
    public void StronglyConnectedComponents_RandomGraphs_SameLabelExactlyWhenMutuallyReachable()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            var labels = StronglyConnectedComponents.Find(graph).Labels;
            foreach (var (u, v) in Pairs(graph.NodeCount))
            {
                var mutual = GraphChecks.Reaches(graph, EdgeDirection.Forward, [u], [v]) && GraphChecks.Reaches(graph, EdgeDirection.Forward, [v], [u]);
                (labels[u] == labels[v]).Should().Be(mutual, $"seed {seed}, nodes {u} and {v}");
            }
        }
    }

    [Fact]
    public void StronglyConnectedComponents_RandomGraphs_EdgesBetweenComponentsPointToLowerLabels()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            var labels = StronglyConnectedComponents.Find(graph).Labels;
            for (var e = 0; e < graph.EdgeCount; e++)
            {
                labels[graph.EdgeSource(e)].Should().BeGreaterThanOrEqualTo(labels[graph.EdgeTarget(e)], $"seed {seed}");
            }
        }
    }

    [Fact]
    public void StronglyConnectedComponents_Reverse_SameComponents()
    {
        var graph = TestGraphs.From(5, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4)]);
        StronglyConnectedComponents.Find(graph, EdgeDirection.Reverse).Count.Should().Be(3);
    }

    [Fact]
    public void Components_Cycle200kOnSmallStack_OneComponent()
    {
        const int n = 200_000;
        var edges = RandomGraphs.Path(n);
        edges.Add((n - 1, 0));
        var graph = TestGraphs.From(n, edges);
        TestGraphs.OnSmallStack(() =>
        {
            StronglyConnectedComponents.Find(graph).Count.Should().Be(1);
            ConnectedComponents.Find(graph).Count.Should().Be(1);
        });
    }

    [Fact]
    public void Components_EmptyGraph_Zero()
    {
        ConnectedComponents.Find(SupplyGraph.Empty).Count.Should().Be(0);
        StronglyConnectedComponents.Find(SupplyGraph.Empty).Count.Should().Be(0);
    }

    [Fact]
    public void Components_SelfLoopsOnly_OnePerNode()
    {
        var graph = TestGraphs.From(3, [(0, 0), (1, 1), (2, 2)]);
        ConnectedComponents.Find(graph).Count.Should().Be(3);
        StronglyConnectedComponents.Find(graph).Count.Should().Be(3);
    }

    [Fact]
    public void Components_Cancelled_Throw()
    {
        var graph = TestGraphs.From(2, [(0, 1)]);
        var token = new CancellationToken(canceled: true);
        ((Action)(() => ConnectedComponents.Find(graph, token))).Should().Throw<OperationCanceledException>();
        ((Action)(() => StronglyConnectedComponents.Find(graph, EdgeDirection.Forward, token))).Should().Throw<OperationCanceledException>();
    }

    private static IEnumerable<(int, int)> Pairs(int n) =>
        Enumerable.Range(0, n).SelectMany(u => Enumerable.Range(u + 1, Math.Max(0, n - u - 1)).Select(v => (u, v)));
}
