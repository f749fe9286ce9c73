using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

public sealed class VertexCutsToSinkTests
{
    [Theory]
    [InlineData(EdgeDirection.Forward)]
    [InlineData(EdgeDirection.Reverse)]
    [InlineData(EdgeDirection.Undirected)]
    public void Find_EverySourceOfSmallRandomGraphs_EqualsMinimumVertexCut(EdgeDirection direction)
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(150))
        {
            AllPairsAgree(graph, direction, int.MaxValue, $"seed {seed}");
            AllPairsAgree(graph, direction, 1, $"seed {seed}, limit 1");
        }
    }

    [Fact]
    public void Find_LayeredSupplyGraphs_EqualsMinimumVertexCutForManySourcesOfOneSink()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var widths = new[] { 12, 30, 40, 25, 6, 1 };
            var graph = TestGraphs.From(widths.Sum(), RandomGraphs.LayeredDag(random, widths, 0.3));
            var sink = graph.NodeCount - 1;
            var cuts = new VertexCutsToSink(graph, sink);
            foreach (var source in Enumerable.Range(0, graph.NodeCount - 1).Where(_ => random.Next(3) == 0))
            {
                foreach (var limit in new[] { 2, int.MaxValue })
                {
                    cuts.Find(source, limit).Should().BeEquivalentTo(MinimumVertexCut.Find(graph, [source], [sink], sizeLimit: limit),
                        o => o.WithStrictOrdering(), $"seed {seed}, source {source}, limit {limit}");
                }
            }
        }
    }

    [Fact]
    public void Find_SizeLimit_StopsOnceTheCutIsKnownToBeLargerAndTheNextQueryStartsAfresh()
    {
        // Three disjoint paths 0 → {1,2,3} → 4, and 5 → 1 → 4.
        var graph = TestGraphs.From(6, [(0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (3, 4), (5, 1)]);
        var cuts = new VertexCutsToSink(graph, 4);
        cuts.Find(0, sizeLimit: 2).Should().BeEquivalentTo(new { Outcome = VertexCutOutcome.ExceedsLimit, Flow = 3 });
        cuts.Find(0, sizeLimit: 3).Cut.Should().Equal(1, 2, 3);
        cuts.Find(5, sizeLimit: 2).Should().BeEquivalentTo(new { Outcome = VertexCutOutcome.Found, Flow = 1 });
        cuts.Find(5).Cut.Should().Equal(1);
    }

    [Fact]
    public void Find_SourceIsOrTouchesTheSink_Unbounded()
    {
        var cuts = new VertexCutsToSink(TestGraphs.From(3, [(0, 1), (1, 2)]), 1);
        cuts.Find(1).Outcome.Should().Be(VertexCutOutcome.Unbounded);
        cuts.Find(0).Outcome.Should().Be(VertexCutOutcome.Unbounded);
        cuts.Find(2).Should().BeEquivalentTo(new { Outcome = VertexCutOutcome.Found, Flow = 0 });
    }

    [Fact]
    public void Constructor_And_Find_NodesOutsideTheGraph_Throw()
    {
        var graph = TestGraphs.From(3, [(0, 1), (1, 2)]);
        var build = () => new VertexCutsToSink(graph, 3);
        build.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sink");
        var find = () => new VertexCutsToSink(graph, 2).Find(-1);
        find.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("source");
    }

    [Fact]
    public void Find_Cancelled_Throws()
    {
        var act = () => new VertexCutsToSink(TestGraphs.From(3, [(0, 1), (1, 2)]), 2).Find(0, cancellationToken: new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }

    // One instance per sink answers every source, in order, so each query also checks that the last one left no flow behind.
    private static void AllPairsAgree(SupplyGraph graph, EdgeDirection direction, int limit, string because)
    {
        for (var sink = 0; sink < graph.NodeCount; sink++)
        {
            var cuts = new VertexCutsToSink(graph, sink, direction);
            for (var source = 0; source < graph.NodeCount; source++)
            {
                var expected = MinimumVertexCut.Find(graph, [source], [sink], direction, limit);
                cuts.Find(source, limit).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(),
                    $"{because}, {source} → {sink}");
            }
        }
    }
}
