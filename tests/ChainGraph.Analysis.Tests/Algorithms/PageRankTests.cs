using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

public sealed class PageRankTests
{
    [Theory]
    [InlineData(EdgeDirection.Forward)]
    [InlineData(EdgeDirection.Reverse)]
    [InlineData(EdgeDirection.Undirected)]
    public void Compute_RandomGraphs_ScoresPositiveAndSumToOne(EdgeDirection direction)
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(200))
        {
            var result = PageRank.Compute(graph, direction);
            result.Converged.Should().BeTrue();
            result.Scores.Should().OnlyContain(s => s > 0, $"seed {seed}");
            result.Scores.Sum().Should().BeApproximately(1, 1e-9);
        }
    }

    [Fact]
    public void Compute_Cycle_Uniform()
    {
        var result = PageRank.Compute(TestGraphs.From(4, [(0, 1), (1, 2), (2, 3), (3, 0)]));
        result.Scores.Should().OnlyContain(s => Math.Abs(s - 0.25) < 1e-12);
        result.Iterations.Should().Be(1);
    }

    [Fact]
    public void Compute_DanglingSink_GetsMostRank()
    {
        var scores = PageRank.Compute(TestGraphs.From(3, [(0, 2), (1, 2)])).Scores;
        scores[2].Should().BeGreaterThan(scores[0]);
        scores[0].Should().Be(scores[1]);
    }

    [Fact]
    public void Compute_IterationLimitReached_NotConverged()
    {
        var graph = TestGraphs.From(60, RandomGraphs.PreferentialAttachment(new Random(1), 60, 2));
        PageRank.Compute(graph, maxIterations: 2).Should().Match<PageRankResult>(r => !r.Converged && r.Iterations == 2);
    }

    [Fact]
    public void Compute_Empty_NoScores() => PageRank.Compute(SupplyGraph.Empty).Scores.Should().BeEmpty();

    [Fact]
    public void Compute_Cancelled_Throws()
    {
        var act = () => PageRank.Compute(TestGraphs.From(2, [(0, 1)]), cancellationToken: new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }
}
