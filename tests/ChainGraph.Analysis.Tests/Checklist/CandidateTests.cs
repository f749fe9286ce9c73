using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Tests.Chains;

namespace ChainGraph.Analysis.Tests.Checklist;

/// <summary>Substitutes and attraction targets on hand-built chains: who is listed, in which order, and why.</summary>
public sealed class CandidateTests
{
    // r1 (overseas) is the only raw-material supplier reaching the owner: a foreign chokepoint. Others serve raw too.
    private static ChainDatasetBuilder ForeignChokepoint() => new ChainDatasetBuilder()
        .Segment("raw", Stage.Upstream, key: true).Segment("part", key: true).Segment("car", Stage.Downstream)
        .Owner("owner", "car")
        .Firm("r1", "raw", "overseas").Firm("p1", "part")
        .Supply("r1", "p1", "raw", 1, 1000).Supply("p1", "owner", "part", 1, 5000)
        .Firm("r2", "raw", "country").Firm("r3", "raw", "metro").Firm("r4", "raw").Firm("r5", "raw", "overseas")
        .Firm("rc", "raw", "country", status: EnterpriseStatus.Closed)
        .Firm("x", "car", "country").Supply("r2", "x", "raw", 1, 800)
        .With("r4", e => e with { Revenue = 3.2 });

    [Fact]
    public void Substitutes_ForeignChokepoint_LocalFirstThenRingThenCountry_NeverTheThreatenedClosedOrOverseas()
    {
        var item = new ChainAnalyzer(ForeignChokepoint().Build()).Checklist().Single(i => i.Type == ChecklistItemType.ForeignChokepoint);

        item.EnterpriseNames.Should().Equal("r1");
        item.Substitutes.Select(c => c.Name).Should().Equal("r4", "r3", "r2");
        item.Substitutes.Select(c => c.Location).Should().Equal(Location.Local, Location.Metro, Location.Country);
        item.Substitutes.Should().OnlyContain(c => c.Kind == CandidateKind.Substitute && c.Score > 0 && c.Reasons.Count > 0);
        item.Substitutes.Single(c => c.Name == "r2").Reasons.Should().Contain("该环节年供货额800万元");
        item.AttractionTargets.Should().BeEmpty();
    }

    [Fact]
    public void Substitutes_ForeignChokepointWithNoDomesticFirm_OverseasMarked()
    {
        var data = new ChainDatasetBuilder()
            .Segment("raw", Stage.Upstream, key: true).Segment("car", Stage.Downstream).Owner("owner", "car")
            .Firm("r1", "raw", "overseas").Firm("r5", "raw", "overseas").Supply("r1", "owner", "raw", 1, 1000).Build();

        var item = new ChainAnalyzer(data).Checklist().Single(i => i.Type == ChecklistItemType.ForeignChokepoint);

        item.Substitutes.Select(c => c.Name).Should().Equal("r5");
        item.Substitutes[0].Reasons.Should().Contain("境外企业，仅在国内无合适企业时考虑");
    }

    [Fact]
    public void Substitutes_AmongEqualRings_MoreCapacityLabelsAndRndRankFirst()
    {
        var data = ForeignChokepoint()
            .Firm("r6", "raw", "country").Supply("r6", "x", "raw", 1, 100)
            .Firm("r7", "raw", "country").Supply("r7", "x", "raw", 1, 100)
            .With("r7", e => e with { Labels = EnterpriseLabels.LittleGiant, RdRatio = 0.08 }).Build();

        var all = new ChainAnalyzer(data).Checklist().Single(i => i.Type == ChecklistItemType.ForeignChokepoint);

        // r7 equals r6 on capacity but is a little giant with 8% R&D (0.12 + 0.08); r2 supplies eight times as much
        // (capacity 0.25 against 0.17, share 0.12 against 0.02), which beats r6 but not r7's labels and R&D.
        all.Substitutes.Where(c => c.Location == Location.Country).Select(c => c.Name).Should().Equal("r7", "r2", "r6");
        all.Substitutes.Single(c => c.Name == "r7").Reasons.Should().Contain(["专精特新“小巨人”", "研发投入强度 8%"]);
    }

    [Fact]
    public void AttractionTargets_MissingLink_OutOfCityOnly_FitWithLocalDemandFirst_OverseasLast()
    {
        var data = new ChainDatasetBuilder()
            .Segment("raw", Stage.Upstream).Segment("part").Segment("car", Stage.Downstream)
            .Owner("owner", "car").Firm("p1", "part").Supply("p1", "owner", "part", 1, 5000)
            .Firm("far", "raw", "country").Firm("ring", "raw", "metro").Firm("abroad", "raw", "overseas")
            .Supply("far", "p1", "raw", 0.7, 700).Supply("abroad", "p1", "raw", 0.3, 300).Build();

        var analyzer = new ChainAnalyzer(data);
        var items = analyzer.Checklist();
        var item = items.Single(i => i.Id == "link:c:raw");

        item.Type.Should().Be(ChecklistItemType.Missing);
        // far already supplies 70% of what the city buys: a better fit than the nearer ring firm that supplies none.
        item.AttractionTargets.Select(c => c.Name).Should().Equal("far", "ring", "abroad");
        item.AttractionTargets.Should().OnlyContain(c => c.Location != Location.Local && c.Kind == CandidateKind.Attract);
        item.AttractionTargets[0].Reasons.Should().Contain("已向市内企业供应该环节700万元，占本地需求的 70%");
        item.AttractionTargets[^1].Reasons.Should().Contain("境外企业，仅在国内无合适企业时考虑");
        item.LocalExpansion.Should().BeEmpty();
        analyzer.Candidates(item, items).AttractionTargets.Should().BeEquivalentTo(item.AttractionTargets);
    }

    [Fact]
    public void Candidates_TopN_FromSettings_FullListThroughTheAnalyzer()
    {
        var data = ForeignChokepoint().Build();
        var analyzer = new ChainAnalyzer(data, new AnalysisSettings { CandidateCount = 2 });
        var items = analyzer.Checklist();
        var item = items.Single(i => i.Type == ChecklistItemType.ForeignChokepoint);

        item.Substitutes.Should().HaveCount(2);
        analyzer.Candidates(item, items).Substitutes.Select(c => c.Name).Should().Equal("r4", "r3", "r2");
    }

    [Fact]
    public void Candidates_KeptFromTheChecklistBuild_SameListsAsAnAnalyzerRankingThemAfresh()
    {
        var data = ForeignChokepoint().Build();
        var built = new ChainAnalyzer(data);
        var items = built.Checklist();

        items.Should().NotBeEmpty();
        foreach (var item in items)
        {
            built.Candidates(item, items).Should().BeEquivalentTo(new ChainAnalyzer(data).Candidates(item, items));
            built.Candidates(item).Should().BeEquivalentTo(new ChainAnalyzer(data).Candidates(item));
        }
    }

    [Fact]
    public void Instrument_FirstOfKind_TheProductsSalesFromAProject_NeverTheFirmsRevenue_Capped()
    {
        var data = ForeignChokepoint().Build();
        var without = new ChainAnalyzer(data).Checklist().Single(i => i.Type == ChecklistItemType.ForeignChokepoint);
        var with = new ChainAnalyzer(data, null, new Dictionary<string, ProjectInvestment> { [without.Id] = new(4000) })
            .Checklist().Single(i => i.Type == ChecklistItemType.ForeignChokepoint);

        without.Instrument.Id.Should().Be(PolicyInstrument.FirstOfKind.Id);
        without.Instrument.Undertaking.Should().Be("r4");
        without.Instrument.Amount.Should().BeNull("r4's revenue of 3.2亿元 is not the first-of-kind product's sales");
        without.Instrument.Basis.Should().Be("r4：上限1000万元；需产品实际销售总额（万元）");
        with.Instrument.Amount.Should().Be(1000);
        with.Instrument.Basis.Should().Be("r4：产品实际销售总额 4000万元 × 30% = 1200万元，超过上限，按1000万元");
    }

    [Fact]
    public void Instrument_MajorProject_NullWithoutAProject_RateOfTheInvestmentWithOne()
    {
        var data = new ChainDatasetBuilder()
            .Segment("raw", Stage.Upstream).Segment("car", Stage.Downstream).Owner("owner", "car")
            .Firm("far", "raw", "country").Supply("far", "owner", "raw", 0.5, 700).Firm("far2", "raw", "country").Supply("far2", "owner", "raw", 0.5, 700)
            .Build();

        var without = new ChainAnalyzer(data).Checklist().Single(i => i.Id == "link:c:raw");
        var with = new ChainAnalyzer(data, null, new Dictionary<string, ProjectInvestment> { ["link:c:raw"] = new(8000) })
            .Checklist().Single(i => i.Id == "link:c:raw");

        without.Instrument.Amount.Should().BeNull();
        without.Instrument.Basis.Should().EndWith("上限5000万元；需固定资产投资额（万元）");
        with.Instrument.Amount.Should().Be(1600);
        with.Instrument.Basis.Should().EndWith("固定资产投资额 8000万元 × 20% = 1600万元");
    }
}
