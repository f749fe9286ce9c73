using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Owners;
using ChainGraph.Analysis.Tests.Risk;

namespace ChainGraph.Analysis.Tests.Owners;

public sealed class ChainOwnerIdentifierTests
{
    // Four input segments; "integrator" buys all four from local firms, "shrunk" is a recorded owner now at 80亿.
    private static RiskDatasetBuilder Data()
    {
        var data = new RiskDatasetBuilder().Segment("a").Segment("b").Segment("c").Segment("d").Segment("end", stage: Stage.Downstream)
            .Firm("owner", "end", SegmentRole.Owner, f => f with { AnnualOutput = 1200, MarketShare = 0.4 })
            .Firm("shrunk", "end", SegmentRole.Owner, f => f with { AnnualOutput = 80, MarketShare = 0.02 })
            .Firm("integrator", "end", configure: f => f with { AnnualOutput = 600, MarketShare = 0.2 })
            .Firm("foreign", "end", configure: f => f with { District = null, Region = null, Country = "DE", AnnualOutput = 900, MarketShare = 0.3 });
        foreach (var segment in new[] { "a", "b", "c", "d" })
        {
            for (var k = 0; k < 2; k++)
            {
                var name = $"{segment}{k}";
                data.Firm(name, segment);
                data.Supply(name, "owner", segment, 0.4, value: 50_000).Supply(name, "integrator", segment, 0.4).Supply(name, "foreign", segment, 0.4);
                if (segment is "a" or "b") data.Supply(name, "shrunk", segment, 0.4);
            }
        }
        return data;
    }

    [Fact]
    public void Identify_RecordedOwnerMeetingEveryCriterion_ConfirmedWithEvidence()
    {
        var data = Data();

        var owner = Assess(data).Candidates.Single(c => c.EnterpriseId == data.Id("owner"));

        owner.Status.Should().Be(OwnerStatus.Confirmed);
        owner.Tier.Should().Be(DengfengTier.Over1000);
        owner.Evidence.Should().HaveCount(4).And.OnlyContain(e => e.Met);
        owner.Evidence.Single(e => e.Criterion == OwnerCriterion.SystemIntegration).Value.Should().Be(4);
        owner.Evidence.Single(e => e.Criterion == OwnerCriterion.Pull).Detail.En.Should().Contain("8 local direct suppliers");
    }

    [Fact]
    public void Identify_RecordedOwnerBelowTheCriteria_FlaggedWithWhatItFails()
    {
        var data = Data();

        var shrunk = Assess(data).NoLongerQualifying.Single();

        shrunk.EnterpriseId.Should().Be(data.Id("shrunk"));
        shrunk.Failed.Select(f => f.Criterion).Should().Contain([OwnerCriterion.Output, OwnerCriterion.SystemIntegration]);
        shrunk.Tier.Should().Be(DengfengTier.None);
    }

    [Fact]
    public void Identify_UnrecordedLocalIntegrator_ProposedButNotAnOverseasFirm()
    {
        var data = Data();

        var assessment = Assess(data);

        assessment.Proposed.Select(c => c.EnterpriseId).Should().Equal(data.Id("integrator"));
        assessment.Candidates.Should().NotContain(c => c.EnterpriseId == data.Id("foreign"));
    }

    [Fact]
    public void Identify_Tiers_CountTheCitysFirmsAgainstTheSeedTargets()
    {
        var report = ChainOwnerIdentifier.Identify(new ChainIndex(Data().Build()));

        report.Tiers.Select(t => (t.Tier, t.Count, t.Target2025)).Should().Equal(
            (DengfengTier.Over1000, 1, 5), (DengfengTier.Over500, 1, 5), (DengfengTier.Over100, 0, 40));
    }

    private static ChainOwnerAssessment Assess(RiskDatasetBuilder data) => ChainOwnerIdentifier.Identify(new ChainIndex(data.Build())).Of("c")!;
}
