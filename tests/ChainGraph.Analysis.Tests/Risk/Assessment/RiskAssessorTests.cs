using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Analysis.Tests.Risk.Assessment;

public sealed class RiskAssessorTests
{
    private static readonly Lazy<(RiskDatasetBuilder Data, RiskAssessor Assessor)> Setup = new(() =>
    {
        var data = new RiskDatasetBuilder()
            .Segment("k", key: true).Segment("end", stage: Stage.Downstream)
            .Firm("owner", "end", SegmentRole.Owner, f => f with { AnnualOutput = 500 })
            .Firm("risky", "k", configure: f => f with { District = null, Region = null, Country = "US", AnnualOutput = 0.3, EnergyPerOutput = 1.2 })
            .Firm("safe", "k", configure: f => f with { AnnualOutput = 80 })
            .Firm("closed", "k")
            .Supply("risky", "owner", "k", 0.5, recoveryDays: 200).Supply("safe", "owner", "k", 0.3).Supply("closed", "owner", "k", 0.1)
            .Event("closed", new DateOnly(2025, 5, 1), EventType.Closure);
        for (var i = 0; i < 400; i++)
        {
            var name = $"f{i}";
            data.Firm(name, "k", configure: f => f with { AnnualOutput = 0.2 + i % 50, EnergyPerOutput = i % 7 / 5.0 });
            for (var year = 2019; year <= 2025; year++)
                if ((i * 7 + year) % (i % 7 == 6 ? 3 : 11) == 0) data.Event(name, new DateOnly(year, 1 + i % 12, 10));
        }
        var dataset = data.Build();
        var model = RiskModelTrainer.Train(dataset, TrainingOptions.Default with { Models = [LikelihoodModelKind.Logistic] });
        return (data, new RiskAssessor(new ChainAnalyzer(dataset), model, RiskSettings.Default with { IncludeResilience = false }));
    });

    [Fact]
    public void AssessChain_EveryEnterprise_ScoreIsProbabilityTimesImpactWithinZeroOne()
    {
        var chain = Setup.Value.Assessor.AssessChain("c");

        chain.Enterprises.Should().OnlyContain(e => e.Score >= 0 && e.Score <= 1);
        chain.Enterprises.Should().OnlyContain(e => Math.Abs(e.Score - e.Probability * e.Impact.StructuralImpact) < 1e-12);
        chain.Enterprises.Select(e => e.Score).Should().BeInDescendingOrder();
        chain.Score.Should().BeApproximately(Math.Min(1, chain.Enterprises.Sum(e => e.Score)), 1e-12);
    }

    [Fact]
    public void AssessChain_RecentClosure_NotRankedButListedApartWithItsRecordAndReason()
    {
        var (data, assessor) = Setup.Value;
        var chain = assessor.AssessChain("c");

        chain.Enterprises.Should().NotContain(e => e.Enterprise == data["closed"]);
        chain.Segments.Should().NotContain(s => s.TopEnterpriseIds.Contains(data.Id("closed")));
        var closed = chain.Inactive.Should().ContainSingle(f => f.Enterprise == data["closed"]).Subject;
        closed.Standing.Should().Be(SupplierStanding.RecentClosure);
        closed.Reason.Zh.Should().Contain("2025-05-01").And.Contain("关停");
        closed.Records.Should().ContainSingle().Which.Share.Should().BeApproximately(0.1, 1e-6);
        assessor.Likelihood.Of(data["closed"]).Should().BeNull("a firm that already failed is not a forecast question");
        assessor.AssessEnterprise(data.Id("closed")).Should().BeEmpty();
        assessor.InactiveReason(data.Id("closed"))!.En.Should().Contain("closure was recorded on 2025-05-01");
    }

    [Fact]
    public void AssessEnterprise_MainSupplier_FactorsNameLikelihoodAndImpact()
    {
        var (data, assessor) = Setup.Value;

        var risky = assessor.AssessEnterprise(data.Id("risky")).Single();

        risky.Impact.StructuralImpact.Should().BeApproximately(0.5 / 0.9, 1e-6, "the closed firm's 0.1 is already lost: 0.5 of the 0.9 still supplied");
        risky.Impact.NeedsMitigation.Should().BeTrue("200 days to recover against 30 / 0.5 = 60 days of stock");
        risky.Factors.Should().Contain(f => f.Source == "likelihood").And.Contain(f => f.Source == "impact" && f.Name == "owner_input_lost");
        risky.Level.Should().Be(RiskLevels.Default.Of(risky.Score));
    }

    [Fact]
    public void AssessEnterprise_UnknownId_Empty() => Setup.Value.Assessor.AssessEnterprise("nope").Should().BeEmpty();

    [Theory]
    [InlineData(0.0, RiskLevel.Low)]
    [InlineData(0.002, RiskLevel.Medium)]
    [InlineData(0.0099, RiskLevel.Medium)]
    [InlineData(0.01, RiskLevel.High)]
    [InlineData(0.05, RiskLevel.Critical)]
    [InlineData(1.0, RiskLevel.Critical)]
    public void Of_Score_DocumentedLevel(double score, RiskLevel level) => RiskLevels.Default.Of(score).Should().Be(level);
}
