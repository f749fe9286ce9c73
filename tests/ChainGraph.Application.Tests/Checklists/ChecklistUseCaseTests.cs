using ChainGraph.Analysis.Chains;
using ChainGraph.Application.Checklists;
using ChainGraph.Application.Tests.Snapshots;
using ChainGraph.Storage;

namespace ChainGraph.Application.Tests.Checklists;

public sealed class ChecklistUseCaseTests(SampleStore sample) : IClassFixture<SampleStore>
{
    [Fact]
    public async Task RunAsync_EveryChain_TheAnalyzersChecklistWithEachChainsHealthUnderTheGivenRules()
    {
        using var store = await StoreFactory.OpenAsync(sample.Path);
        var rules = AnalysisSettings.Default with { SoleSourceShare = 0.6 };

        var document = await ChecklistUseCase.RunAsync(store, null, _ => rules);

        var analyzer = new ChainAnalyzer(sample.Dataset, rules);
        document.Items.Select(i => (i.Id, i.Rank, i.Severity)).Should().Equal(analyzer.Checklist().Select(i => (i.Id, i.Rank, i.Severity)));
        document.Settings.Should().Be(rules);
        document.Chains.Select(c => c.Id).Should().Equal(sample.Dataset.Chains.Select(c => c.Id));
        document.Chains.Sum(c => c.Items).Should().Be(document.Items.Count);
        (document.DataVersion, document.Store).Should().Be((await store.GetVersionAsync(), store.Location));
    }

    [Fact]
    public void Run_OneChain_OnlyItsItemsAndHealth()
    {
        var document = ChecklistUseCase.Run(new ChainAnalyzer(sample.Dataset), sample.Path, "ic");

        document.Items.Should().NotBeEmpty().And.OnlyContain(i => i.ChainId == "ic");
        document.Chains.Should().ContainSingle().Which.Name.Should().Be("集成电路");
        document.Verify.Should().OnlyContain(v => v.ChainId == "ic");
    }

    [Fact]
    public void Run_UnknownChain_ListsTheChains()
    {
        var act = () => ChecklistUseCase.Run(new ChainAnalyzer(sample.Dataset), sample.Path, "nope");

        act.Should().Throw<InvalidRequestException>().WithMessage("unknown chain 'nope'; chains: ic*");
    }
}
