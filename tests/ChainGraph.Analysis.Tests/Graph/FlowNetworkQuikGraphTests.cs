using ChainGraph.Analysis.Algorithms;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.MaximumFlow;

namespace ChainGraph.Analysis.Tests.Graph;

/// <summary>Our Dinic max-flow against QuikGraph's Edmonds–Karp on random networks with parallel and opposite arcs.</summary>
public sealed class FlowNetworkQuikGraphTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MaxFlow_RandomNetwork_SameValueAsQuikGraph(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(2, 40);
        var arcs = Enumerable.Range(0, random.Next(1, 4 * n)).Select(_ => (From: random.Next(n), To: random.Next(n), Capacity: random.Next(1, 10)))
            .Where(a => a.From != a.To).ToList();
        var (source, sink) = (0, n - 1);

        var ours = new FlowNetwork(n);
        foreach (var (from, to, capacity) in arcs) ours.AddArc(from, to, capacity);
        ours.Seal();

        ours.MaxFlow(source, sink, FlowNetwork.Infinite, CancellationToken.None).Should().Be((int)QuikGraphMaxFlow(n, arcs, source, sink));
    }

    private static double QuikGraphMaxFlow(int n, List<(int From, int To, int Capacity)> arcs, int source, int sink)
    {
        var graph = new AdjacencyGraph<int, TaggedEdge<int, double>>();
        graph.AddVertexRange(Enumerable.Range(0, n));
        foreach (var (from, to, capacity) in arcs) graph.AddEdge(new TaggedEdge<int, double>(from, to, capacity));
        EdgeFactory<int, TaggedEdge<int, double>> factory = (s, t) => new TaggedEdge<int, double>(s, t, 0);
        var reversed = new ReversedEdgeAugmentorAlgorithm<int, TaggedEdge<int, double>>(graph, factory);
        reversed.AddReversedEdges();
        return graph.MaximumFlow(e => e.Tag, source, sink, out _, factory, reversed);
    }
}
