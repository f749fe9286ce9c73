using ChainGraph.Application.Briefings;
using ChainGraph.Application.Snapshots;
using ChainGraph.Application.Tests.Snapshots;
using ChainGraph.Domain.Text;
using ChainGraph.Reporting;

namespace ChainGraph.Application.Tests.Briefings;

public sealed class BriefingComposerTests(SampleStore sample) : IClassFixture<SampleStore>
{
    private static readonly DateOnly Today = new(2025, 8, 15);

    [Fact]
    public void Chain_Sample_IsTheBuildersBriefingRendered()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, DateTimeOffset.UnixEpoch);
        var chain = sample.Dataset.Chains[0];

        var document = BriefingComposer.Of(snapshot, Today, null).Chain(chain.Id, Language.En);

        var briefing = new BriefingBuilder(snapshot.Analyzer, snapshot.Checklist(), Today, snapshot.Version).Build(chain.Id, null);
        document.Title.Should().Be(chain.Name);
        document.Html.Should().Be(BriefingHtml.Chain(briefing, snapshot.Analyzer.Index, Language.En));
        document.Checklist.Should().BeSameAs(snapshot.Checklist());
    }

    [Fact]
    public void Chain_UnknownChain_Throws()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, DateTimeOffset.UnixEpoch);

        var act = () => BriefingComposer.Of(snapshot, Today, null).Chain("no-such-chain", Language.Zh);

        act.Should().Throw<KeyNotFoundException>().WithMessage("*no-such-chain*");
    }

    [Fact]
    public void ChainHtml_AskedTwice_RenderedOnceAndNullForUnknownChain()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, DateTimeOffset.UnixEpoch);
        var chain = sample.Dataset.Chains[0].Id;

        snapshot.ChainHtml(chain, Today, Language.Zh).Should().BeSameAs(snapshot.ChainHtml(chain, Today, Language.Zh));
        snapshot.ChainHtml(chain, Today, Language.En).Should().NotBe(snapshot.ChainHtml(chain, Today, Language.Zh));
        snapshot.ChainHtml("no-such-chain", Today, Language.Zh).Should().BeNull();
    }

    [Fact]
    public void AllChains_Sample_LinksNothingAndCoversEveryChain()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, DateTimeOffset.UnixEpoch);

        var book = BriefingComposer.Of(snapshot, Today, null).AllChains(Language.Zh);

        book.Title.Should().Be("全部重点产业链");
        foreach (var chain in sample.Dataset.Chains) book.Html.Should().Contain(chain.Name);
    }
}
