using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Chains;

public sealed class ChokepointFinderTests
{
    private static ChainDatasetBuilder Template() => new ChainDatasetBuilder()
        .Segment("k", Stage.Upstream, key: true).Segment("m").Segment("o", Stage.Downstream).Link("k", "m").Link("m", "o")
        .Owner("owner", "o");

    [Fact]
    public void Find_AllPathsThroughOneFirm_DominatorWithPathEvidence()
    {
        var data = Template().Firm("k1", "k").Firm("k2", "k", "overseas").Firm("hub", "m")
            .Supply("k1", "hub", "k", 0.5).Supply("k2", "hub", "k", 0.5).Supply("hub", "owner", "m", 0.5);
        var index = new ChainIndex(data.Build());

        var found = new ChokepointFinder(index, AnalysisSettings.Default).Find("c");

        var dominator = found.Single(c => c.Kind == ChokepointKind.Dominator);
        dominator.Enterprises.Should().Equal(data["hub"]);
        dominator.Foreign.Should().BeFalse();
        dominator.Evidence.Paths.Should().ContainSingle().Which.Should().EndWith([data["hub"], data["owner"]]);
        found.Should().Contain(c => c.Kind == ChokepointKind.Bridge && c.Enterprises.SequenceEqual(new[] { data["hub"], data["owner"] }));
    }

    [Fact]
    public void Find_TwoDisjointRoutes_CutOfSizeTwoNoDominator()
    {
        var data = Template().Firm("k1", "k").Firm("k2", "k").Firm("k3", "k", "overseas").Firm("a", "m").Firm("b", "m", "overseas")
            .Supply("k1", "a", "k", 0.5).Supply("k2", "a", "k", 0.5).Supply("k2", "b", "k", 0.3).Supply("k3", "b", "k", 0.7)
            .Supply("a", "owner", "m", 0.5).Supply("b", "owner", "m", 0.5);
        var index = new ChainIndex(data.Build());

        var found = new ChokepointFinder(index, AnalysisSettings.Default).Find("c");

        found.Should().NotContain(c => c.Kind == ChokepointKind.Dominator);
        var cut = found.Single(c => c.Kind == ChokepointKind.Cut);
        cut.Enterprises.Should().BeEquivalentTo([data["a"], data["b"]]);
        cut.Foreign.Should().BeTrue("b is overseas");
    }

    [Fact]
    public void Find_SoleSourceAboveThresholdOnly()
    {
        var data = Template().Firm("k1", "k").Firm("k2", "k").Firm("m1", "m").Firm("m2", "m")
            .Supply("k1", "m1", "k", 0.5).Supply("k2", "m2", "k", 0.5)
            .Supply("m1", "owner", "m", 0.85).Supply("m2", "owner", "m", 0.15);
        var index = new ChainIndex(data.Build());

        var strict = new ChokepointFinder(index, AnalysisSettings.Default).Find("c").Where(c => c.Kind == ChokepointKind.SoleSource);
        var lax = new ChokepointFinder(index, AnalysisSettings.Default with { SoleSourceShare = 0.9 }).Find("c").Where(c => c.Kind == ChokepointKind.SoleSource);

        strict.Should().ContainSingle().Which.Should().Match<Chokepoint>(c => c.Enterprises[0] == data["m1"] && Math.Abs(c.InputAtRisk - 0.85) < 1e-6);
        lax.Should().BeEmpty();
    }

    [Fact]
    public void Find_SoleSourceOfACoreFirm_EvidenceRunsOnToTheOwner()
    {
        var data = Template().Firm("k1", "k").Firm("k2", "k").Firm("core", "m", role: SegmentRole.Core).Firm("m2", "m")
            .Supply("k1", "core", "k", 0.9).Supply("k2", "core", "k", 0.1).Supply("k2", "m2", "k", 1)
            .Supply("m2", "core", "m", 0.5).Supply("core", "owner", "m", 0.5);
        var index = new ChainIndex(data.Build());

        var found = new ChokepointFinder(index, AnalysisSettings.Default).Find("c");

        var sole = found.Where(c => c.Kind == ChokepointKind.SoleSource && c.Dependent == data["core"]).Should().ContainSingle().Subject;
        sole.Enterprises.Should().Equal(data["k1"]);
        sole.Evidence.Paths.Should().ContainSingle().Which.Should().Equal(data["k1"], data["core"], data["owner"]);
    }

    [Fact]
    public void Find_AnOwnerWithoutRelations_OnlyTheOtherOwnersChokepoints()
    {
        var data = Template().Owner("idle", "o").Firm("k1", "k").Firm("k2", "k").Firm("hub", "m")
            .Supply("k1", "hub", "k", 0.5).Supply("k2", "hub", "k", 0.5).Supply("hub", "owner", "m", 0.5);
        var index = new ChainIndex(data.Build());

        var found = new ChokepointFinder(index, AnalysisSettings.Default).Find("c");

        found.Should().NotContain(c => c.Dependent == data["idle"]);
        found.Should().Contain(c => c.Kind == ChokepointKind.Dominator && c.Dependent == data["owner"] && c.Enterprises.Single() == data["hub"]);
    }
}
