using ChainGraph.Analysis.Domain;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Tests.Risk;

namespace ChainGraph.Analysis.Tests.Evaluation;

public sealed class EnterpriseEvaluatorTests
{
    // Ten ordinary peers in C38 plus four firms built to land in each class.
    private static RiskDatasetBuilder Data()
    {
        var data = new RiskDatasetBuilder().Segment("s");
        for (var i = 0; i < 10; i++)
            data.Firm($"peer{i}", "s", configure: f => f with { RdRatio = 0.03 + 0.002 * i, Tax = 0.4 + 0.02 * i, EnergyPerOutput = 0.10 + 0.01 * i, Employees = 400 + 10 * i });
        return data
            .Firm("star", "s", configure: f => f with { RdRatio = 0.2, Tax = 1.5, AnnualOutput = 40, Revenue = 40, EnergyPerOutput = 0.02, Employees = 800 })
            .Firm("hq", "s", configure: f => f with { RdRatio = 0.15, Tax = 1.2, AnnualOutput = 20, Revenue = 20, Employees = 5000 })
            .Firm("sweatshop", "s", configure: f => f with { RdRatio = 0.01, Tax = 0.2, Employees = 3000 })
            .Firm("smokestack", "s", configure: f => f with { RdRatio = 0.005, Tax = 0.1, EnergyPerOutput = 1.4, AnnualOutput = 2, Revenue = 2, Employees = 300 })
            .Firm("abroad", "s", configure: f => f with { District = null, Region = null, Country = "DE" });
    }

    [Fact]
    public void Evaluate_BuiltFirms_LandInTheirGuidanceClassesWithReasons()
    {
        var data = Data();

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        Class(report, data, "star").Should().Be(GuidanceClass.SupportToGrow);
        Class(report, data, "hq").Should().Be(GuidanceClass.KeepHeadquarters);
        Class(report, data, "sweatshop").Should().Be(GuidanceClass.AssistTransfer);
        Class(report, data, "smokestack").Should().Be(GuidanceClass.Eliminate);
        report.Of(data.Id("smokestack"))!.Reasons.Should().Contain(r => r.Contains("落后产能") && r.Contains("energy use above"));
        report.Of(data.Id("hq"))!.Reasons.Should().Contain(r => r.Contains("labour intensity above") && r.Contains("keep the headquarters"));
    }

    [Fact]
    public void Evaluate_Default_OnlyFirmsInTheCityWithScoresWithinRange()
    {
        var data = Data();

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        report.Of(data.Id("abroad")).Should().BeNull();
        report.Enterprises.Should().HaveCount(14);
        report.Enterprises.Should().OnlyContain(e => e.Score >= 0 && e.Score <= 100 && e.Indicators.All(i => i.Score > 0 && i.Score < 1));
        report.Enterprises.Select(e => e.Score).Should().BeInDescendingOrder();
        report.ClassCounts.Values.Sum().Should().Be(14);
    }

    [Fact]
    public void Evaluate_Weights_AreNormalisedAndChangeTheComposite()
    {
        var data = Data();
        var techOnly = EvaluationWeights.Default with { Technology = 1, ValueAdded = 0, Tax = 0, Energy = 0, Labour = 0, Scale = 0, Growth = 0 };

        var report = EnterpriseEvaluator.Evaluate(data.Build(), EvaluationSettings.Default with { Weights = techOnly });

        var star = report.Of(data.Id("star"))!;
        star.Indicators.Sum(i => i.Weight).Should().BeApproximately(1, 1e-12);
        star.Score.Should().BeApproximately(100 * star.Indicator(EvaluationIndicator.Technology).Score, 0.01);
    }

    [Fact]
    public void Evaluate_SmallIndustry_FallsBackToTheSectionThenEveryone()
    {
        var data = Data().Firm("lonely", "s", configure: f => f with { IndustryCode = "C2669" }).Firm("odd", "s", configure: f => f with { IndustryCode = "I6513" });

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        report.Of(data.Id("lonely"))!.PeerGroup.Should().Be("C");
        report.Of(data.Id("odd"))!.PeerGroup.Should().Be("all");
        report.Of(data.Id("star"))!.PeerGroup.Should().Be("C38");
    }

    [Fact]
    public void Evaluate_ClosedOrMissingData_NoClassOrNeutralScore()
    {
        var data = Data().Firm("gone", "s", configure: f => f with { Status = EnterpriseStatus.Closed }).Firm("blank", "s", configure: f => f with { RdRatio = null });

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        report.Of(data.Id("gone"))!.Class.Should().BeNull();
        report.Of(data.Id("blank"))!.Indicator(EvaluationIndicator.Technology).Should().Match<IndicatorScore>(i => i.Value == null && i.Score == 0.5);
    }

    private static GuidanceClass? Class(EvaluationReport report, RiskDatasetBuilder data, string name) => report.Of(data.Id(name))!.Class;
}
