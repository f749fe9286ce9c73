using ChainGraph.Analysis.Chains;
using ChainGraph.Application.Targets;
using ChainGraph.Application.Tests.Snapshots;
using ChainGraph.Storage;

namespace ChainGraph.Application.Tests.Targets;

public sealed class TargetsUseCaseTests(SampleStore sample) : IClassFixture<SampleStore>
{
    [Fact]
    public void Run_Chain_TheChainsChecklistInOrderWithTheFirstCandidatesOfEachList()
    {
        var analyzer = new ChainAnalyzer(sample.Dataset);

        var result = TargetsUseCase.Run(analyzer, new TargetsRequest("ic", null, 3));

        var checklist = analyzer.Checklist(["ic"]);
        result.ChainName.Should().Be("集成电路");
        result.Items.Select(i => i.Item.Id).Should().Equal(checklist.Select(i => i.Id)).And.NotBeEmpty();
        foreach (var (item, candidates) in result.Items)
        {
            var full = analyzer.Candidates(item, checklist);
            candidates.Should().BeEquivalentTo(full.Take(3), o => o.WithStrictOrdering());
        }
        result.Items.Should().Contain(i => i.Candidates.AttractionTargets.Count == 3, "the sample has more than three targets somewhere");
    }

    [Fact]
    public async Task RunAsync_Store_SameAsOverItsData()
    {
        using var store = await StoreFactory.OpenAsync(sample.Path);

        var result = await TargetsUseCase.RunAsync(store, new TargetsRequest("ic", null, 2));

        result.Should().BeEquivalentTo(TargetsUseCase.Run(new ChainAnalyzer(sample.Dataset), new TargetsRequest("ic", null, 2)),
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Run_Segment_OnlyThatSegmentsItems()
    {
        var analyzer = new ChainAnalyzer(sample.Dataset);
        var segment = TargetsUseCase.Run(analyzer, new TargetsRequest("ic", null, 1)).Items[0].Item.SegmentId;

        var result = TargetsUseCase.Run(analyzer, new TargetsRequest("ic", segment, 1));

        result.Items.Should().NotBeEmpty().And.OnlyContain(i => i.Item.SegmentId == segment);
    }

    [Theory]
    [InlineData("nope", null, 3, "unknown chain 'nope'; chains: ic")]
    [InlineData("ic", "nope", 3, "--segment: unknown segment 'nope' of chain ic; segments: ic-")]
    [InlineData("ic", null, 0, "--top must be at least 1 (got 0)")]
    public void Run_BadRequest_SaysWhatWouldWork(string chain, string? segment, int top, string message)
    {
        var act = () => TargetsUseCase.Run(new ChainAnalyzer(sample.Dataset), new TargetsRequest(chain, segment, top));

        act.Should().Throw<InvalidRequestException>().Which.Message.Should().StartWith(message);
    }
}
