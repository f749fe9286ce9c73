using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Pipeline;
using ChainGraph.Analysis.Tests.Risk;

namespace ChainGraph.Analysis.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    // The default firm: local, 10亿 output and revenue, R&D 5%, 500 employees, founded 2010, label hq_local.
    private static RiskDatasetBuilder Data() => new RiskDatasetBuilder().Segment("a", key: true).Segment("b")
        .Firm("event-clock", "b", configure: f => f with { RdRatio = 0.001 })
        .Event("event-clock", AsOf);

    private static PipelineReport Build(RiskDatasetBuilder data, IReadOnlyDictionary<string, double>? prior = null, IReadOnlyList<ChecklistItem>? checklist = null) =>
        PipelineBuilder.Build(new ChainAnalyzer(data.Build()), checklist ?? [], PipelineCriteria.Default, prior);

    private static IEnumerable<PipelineEntry> Of(PipelineReport report, RiskDatasetBuilder data, string name) =>
        report.Entries.Where(e => e.EnterpriseId == data.Id(name));

    [Fact]
    public void Build_OutputWithinTheMargin_NearTheNextTierAndNotBelowIt()
    {
        var data = Data()
            .Firm("at86", "a", configure: f => f with { AnnualOutput = 86 })
            .Firm("at84", "a", configure: f => f with { AnnualOutput = 84 })
            .Firm("at430", "a", configure: f => f with { AnnualOutput = 430 });

        var report = Build(data);

        var near = Of(report, data, "at86").Single(e => e.Ladder == PipelineLadder.Output);
        near.Standing.Should().Be(PipelineStanding.Near);
        (near.Rung, near.NextRung).Should().Be(((PipelineRung?)null, PipelineRung.Over100));
        near.Checks.Single().Detail.Zh.Should().Contain("年产值 86 亿元").And.Contain("≥ 100 亿元");
        Of(report, data, "at84").Should().NotContain(e => e.Ladder == PipelineLadder.Output, "84 is 16% short of 100, beyond the 15% margin");
        Of(report, data, "at430").Single(e => e.Ladder == PipelineLadder.Output).Should().Match<PipelineEntry>(e => e.Rung == PipelineRung.Over100 && e.NextRung == PipelineRung.Over500);
    }

    [Fact]
    public void Build_MarginSetByTheBureau_Honoured()
    {
        var data = Data().Firm("at84", "a", configure: f => f with { AnnualOutput = 84 });

        var report = PipelineBuilder.Build(new ChainAnalyzer(data.Build()), [], PipelineCriteria.Default with { NearMargin = 0.2 });

        Of(report, data, "at84").Should().ContainSingle(e => e.Ladder == PipelineLadder.Output && e.Standing == PipelineStanding.Near);
    }

    [Fact]
    public void Build_LastYearBelowTheTier_FirstTimeCrossingWithTheRewardOfMeasure2()
    {
        var data = Data()
            .Firm("crossed", "a", configure: f => f with { AnnualOutput = 104 })
            .Firm("stayed", "a", configure: f => f with { AnnualOutput = 120 })
            .Firm("jumped", "a", configure: f => f with { AnnualOutput = 510 });
        var prior = new Dictionary<string, double> { [data.Id("crossed")] = 92, [data.Id("stayed")] = 110, [data.Id("jumped")] = 90 };

        var report = Build(data, prior);

        var crossed = Of(report, data, "crossed").Single(e => e.Ladder == PipelineLadder.Output);
        crossed.Standing.Should().Be(PipelineStanding.Crossed);
        crossed.Rung.Should().Be(PipelineRung.Over100);
        crossed.Reward.Should().Be(300);
        crossed.PriorOutput.Should().Be(92);
        crossed.Summary.Zh.Should().Contain("上年 92 亿元").And.Contain("本年 104 亿元").And.Contain("300 万元");
        crossed.RewardBasis.Zh.Should().Contain("征求意见稿）》第2条");
        Of(report, data, "stayed").Should().NotContain(e => e.Ladder == PipelineLadder.Output, "it was over 100亿 last year already");
        Of(report, data, "jumped").Single(e => e.Ladder == PipelineLadder.Output).Reward.Should().Be(1300, "100亿 and 500亿 were both reached for the first time");
        report.PriorOutputKnown.Should().BeTrue();
    }

    [Fact]
    public void Build_NoLastYearOutput_NoCrossingAndSaysWhy()
    {
        var data = Data().Firm("crossed", "a", configure: f => f with { AnnualOutput = 104 });

        var report = Build(data);

        report.Entries.Should().NotContain(e => e.Standing == PipelineStanding.Crossed);
        report.PriorOutputKnown.Should().BeFalse();
        report.Measured.Zh.Should().Contain("无法判断首次跨档");
    }

    [Fact]
    public void Build_RecognitionLadder_NextRungFromTheLabelsHeld()
    {
        var data = Data()
            .Firm("unlabelled", "a", configure: f => f with { RdRatio = 0.04, Employees = 200 })
            .Firm("specialized", "a", configure: f => f with { Labels = EnterpriseLabels.Specialized, RdRatio = 0.046, Revenue = 1.2, Employees = 300 })
            .Firm("giant", "a", configure: f => f with { Labels = EnterpriseLabels.LittleGiant | EnterpriseLabels.InnovativeSme, MarketShare = 0.06 })
            .Firm("big", "a", configure: f => f with { Employees = 5000 });

        var report = Build(data);

        Of(report, data, "unlabelled").Single().Should().Match<PipelineEntry>(e => e.Rung == null && e.NextRung == PipelineRung.InnovativeSme && e.Standing == PipelineStanding.Qualifies);
        var near = Of(report, data, "specialized").Single();
        (near.Rung, near.NextRung, near.Standing).Should().Be((PipelineRung.Specialized, PipelineRung.LittleGiant, PipelineStanding.Near));
        near.Checks.Single(c => !c.Met).Criterion.Should().Be(RungCriterion.RdRatio);
        near.Summary.Zh.Should().Contain("研发投入占营业收入比重 4.6%（标准 ≥ 5%）");
        Of(report, data, "giant").Single().Should().Match<PipelineEntry>(e => e.Rung == PipelineRung.LittleGiant && e.NextRung == PipelineRung.Champion && e.Reward == 300);
        Of(report, data, "big").Should().BeEmpty("1000 employees or more is not an SME, and size has no margin");
    }

    [Fact]
    public void Build_InactiveOrOutOfCityFirms_NeverListed()
    {
        var data = Data()
            .Firm("closed", "a", configure: f => f with { AnnualOutput = 95, Status = EnterpriseStatus.Closed })
            .Firm("closing", "a", configure: f => f with { AnnualOutput = 95 })
            .Event("closing", AsOf.AddMonths(-1), EventType.Closure)
            .Firm("outside", "a", configure: f => f with { AnnualOutput = 95, District = null, Region = "江苏", City = "苏州" });

        var report = Build(data);

        Of(report, data, "closed").Should().BeEmpty();
        Of(report, data, "closing").Should().BeEmpty();
        Of(report, data, "outside").Should().BeEmpty();
    }

    [Fact]
    public void Build_ServesASegmentWithAForeignChokepoint_SubstituteCandidateRanksFirst()
    {
        var data = new RiskDatasetBuilder().Segment("chip", key: true).Segment("car", stage: Stage.Downstream)
            .Firm("owner", "car", SegmentRole.Owner, f => f with { AnnualOutput = 1500, Employees = 20000 })
            .Firm("abroad", "chip", configure: f => f with { District = null, Region = null, Country = "US", Employees = 9000 })
            .Firm("bigger", "car", configure: f => f with { AnnualOutput = 90, Employees = 3000 })
            .Firm("giant", "chip", configure: f => f with { Labels = EnterpriseLabels.LittleGiant, AnnualOutput = 3, MarketShare = 0.045 })
            .Supply("abroad", "owner", "chip", 1.0, value: 500_000)
            .Event("owner", AsOf);
        var analyzer = new ChainAnalyzer(data.Build());
        var checklist = analyzer.Checklist();
        checklist.Should().Contain(i => i.Type == ChecklistItemType.ForeignChokepoint && i.SegmentId == "chip");

        var report = PipelineBuilder.Build(analyzer, checklist);

        var first = report.Entries[0];
        first.EnterpriseId.Should().Be(data.Id("giant"));
        first.SubstituteFor.Should().Equal(checklist.Single(i => i.Type == ChecklistItemType.ForeignChokepoint).Id);
        first.Placements.Single().Should().Match<PipelinePlacement>(p => p.SegmentId == "chip" && p.Key && p.ForeignChokepoint);
        report.Entries.Single(e => e.EnterpriseId == data.Id("bigger")).Should().Match<PipelineEntry>(e => !e.SubstituteCandidate && !e.ServesForeignChokepoint);
    }
}
