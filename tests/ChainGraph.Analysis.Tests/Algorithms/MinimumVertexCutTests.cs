using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

public sealed class MinimumVertexCutTests
{
    [Theory]
    [InlineData(EdgeDirection.Forward)]
    [InlineData(EdgeDirection.Undirected)]
    public void Find_RandomGraphs_SizeEqualsBruteForceMinimumAndFlow(EdgeDirection direction)
    {
        foreach (var (seed, graph, sources, sinks) in Cases(400))
        {
            var cut = MinimumVertexCut.Find(graph, sources, sinks, direction);
            var adjacent = sources.Intersect(sinks).Any() || sources.Any(s => sinks.Any(t => graph.Adjacency(direction).FindSlot(s, t) >= 0));
            if (adjacent)
            {
                cut.Outcome.Should().Be(VertexCutOutcome.Unbounded, $"seed {seed}");
                continue;
            }
            cut.Outcome.Should().Be(VertexCutOutcome.Found, $"seed {seed}");
            cut.Flow.Should().Be(cut.Cut.Length);
            cut.Cut.Should().NotIntersectWith(sources).And.NotIntersectWith(sinks);
            GraphChecks.Reaches(graph, direction, sources, sinks, removed: cut.Cut).Should().BeFalse($"seed {seed}: the cut separates");
            cut.Cut.Length.Should().Be(BruteForceMinimum(graph, direction, sources, sinks), $"seed {seed}");
        }
    }

    [Fact]
    public void Find_SizeLimit_StopsOnceTheCutIsKnownToBeLarger()
    {
        // Three disjoint paths 0 → {1,2,3} → 4.
        var graph = TestGraphs.From(5, [(0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (3, 4)]);
        var limited = MinimumVertexCut.Find(graph, [0], [4], sizeLimit: 2);
        limited.Outcome.Should().Be(VertexCutOutcome.ExceedsLimit);
        limited.Flow.Should().Be(3);
        limited.Cut.Should().BeEmpty();
        MinimumVertexCut.Find(graph, [0], [4], sizeLimit: 3).Cut.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Find_SingleChokepoint_IsTheCut()
    {
        var graph = TestGraphs.From(6, [(0, 2), (1, 2), (2, 3), (3, 4), (3, 5)]);
        var cut = MinimumVertexCut.Find(graph, [0, 1], [4, 5], sizeLimit: 2);
        cut.Outcome.Should().Be(VertexCutOutcome.Found);
        cut.Cut.Should().ContainSingle().Which.Should().BeOneOf(2, 3);
    }

    [Fact]
    public void Find_AlreadySeparated_EmptyCut()
    {
        var cut = MinimumVertexCut.Find(TestGraphs.From(4, [(0, 1), (2, 3)]), [0], [3]);
        cut.Should().BeEquivalentTo(new { Outcome = VertexCutOutcome.Found, Flow = 0 });
        cut.Cut.Should().BeEmpty();
    }

    [Fact]
    public void Find_OverlappingOrAdjacentSets_Unbounded()
    {
        var graph = TestGraphs.From(3, [(0, 1), (1, 2)]);
        MinimumVertexCut.Find(graph, [0, 1], [1]).Outcome.Should().Be(VertexCutOutcome.Unbounded);
        MinimumVertexCut.Find(graph, [0], [1]).Outcome.Should().Be(VertexCutOutcome.Unbounded);
        MinimumVertexCut.Find(graph, [2], [0], EdgeDirection.Forward).Outcome.Should().Be(VertexCutOutcome.Found);
    }

    [Fact]
    public void Find_Path200kOnSmallStack_CutsOneNode()
    {
        const int n = 200_000;
        var graph = TestGraphs.From(n, RandomGraphs.Path(n));
        TestGraphs.OnSmallStack(() => MinimumVertexCut.Find(graph, [0], [n - 1]).Cut.Should().ContainSingle());
    }

    [Fact]
    public void Find_Cancelled_Throws()
    {
        var act = () => MinimumVertexCut.Find(TestGraphs.From(3, [(0, 1), (1, 2)]), [0], [2], cancellationToken: new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }

    private static IEnumerable<(int Seed, SupplyGraph Graph, int[] Sources, int[] Sinks)> Cases(int count)
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(count, maxNodes: 11))
        {
            if (graph.NodeCount < 2) continue;
            var random = new Random(seed + 1000);
            var sources = Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(graph.NodeCount)).Distinct().ToArray();
            var sinks = Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(graph.NodeCount)).Distinct().ToArray();
            yield return (seed, graph, sources, sinks);
        }
    }

    // The smallest k such that some k cuttable nodes separate the sets (exhaustive; graphs here have ≤ 11 nodes).
    private static int BruteForceMinimum(SupplyGraph graph, EdgeDirection direction, int[] sources, int[] sinks)
    {
        var cuttable = Enumerable.Range(0, graph.NodeCount).Except(sources).Except(sinks).ToArray();
        for (var k = 0; k <= cuttable.Length; k++)
        {
            if (Subsets(cuttable, k).Any(s => !GraphChecks.Reaches(graph, direction, sources, sinks, removed: s))) return k;
        }
        throw new InvalidOperationException("Removing every cuttable node always separates non-adjacent sets.");
    }

    private static IEnumerable<int[]> Subsets(int[] items, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }
        for (var i = 0; i <= items.Length - k; i++)
        {
            foreach (var rest in Subsets(items[(i + 1)..], k - 1)) yield return [items[i], .. rest];
        }
    }
}
