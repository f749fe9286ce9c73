using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Chains;

public sealed class ChainMapTests
{
    private static ChainDatasetBuilder Sample() => new ChainDatasetBuilder()
        .Segment("assembly", Stage.Downstream).Segment("material", Stage.Upstream, key: true).Segment("part")
        .Link("material", "part").Link("part", "assembly")
        .Owner("owner", "assembly")
        .Firm("p1", "part").Firm("p2", "part", "country")
        .Firm("m1", "material", "overseas").Firm("m2", "material", "province")
        .Supply("p1", "owner", "part", 0.6, 600).Supply("p2", "owner", "part", 0.4, 400)
        .Supply("m1", "p1", "material", 0.7, 300).Supply("m2", "p2", "material", 1, 100);

    [Fact]
    public void Build_SegmentsInTemplateOrderWithLocationSplits()
    {
        var map = ChainMap.Build(new ChainIndex(Sample().Build()), "c");

        map.Segments.Select(s => s.Segment.Id).Should().Equal("material", "part", "assembly");
        var part = map.Segments[1];
        part.EnterpriseCounts.Should().Be(new LocationSplit(1, 0, 0, 1, 0));
        part.SupplyShares.Local.Should().BeApproximately(0.6, 1e-9);
        map.Segments[0].SupplyShares.Overseas.Should().BeApproximately(0.75, 1e-9);
    }

    [Fact]
    public void Find_Links_MissingAndWeakByTheConfiguredRules()
    {
        var findings = new ChainAnalyzer(Sample().Build()).Links("c");
        var lenient = new ChainAnalyzer(Sample().Build(), AnalysisSettings.Default with { WeakLinkMinimumLocalEnterprises = 1, WeakLinkMaximumOutsideShare = 0.9 }).Links("c");

        findings.Single(f => f.Segment.Id == "material").Kind.Should().Be(LinkKind.Missing);
        findings.Single(f => f.Segment.Id == "part").Findings.Should().ContainSingle(f => f.Rule == "min_local_firms")
            .Which.Text.En.Should().Contain("only 1 capable live firms in the city, fewer than 3 (default baseline)");
        lenient.Select(f => f.Segment.Id).Should().Equal("material");
    }
}
