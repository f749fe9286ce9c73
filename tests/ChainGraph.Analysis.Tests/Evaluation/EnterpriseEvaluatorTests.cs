using ChainGraph.Domain;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Tests.Risk;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Tests.Evaluation;

public sealed class EnterpriseEvaluatorTests
{
    // A plain processing firm of the transfer class: labour-intensive (300 per 亿元), tax 1% of revenue, R&D 1%.
    private static Enterprise Sweatshop(Enterprise f) => f with { RdRatio = 0.01, Tax = 0.1, Revenue = 10, Employees = 3000, EnergyPerOutput = 0.1 };

    // Ten ordinary peers in C3841 plus firms built for each rule.
    private static RiskDatasetBuilder Data()
    {
        var data = new RiskDatasetBuilder().Segment("s");
        for (var i = 0; i < 10; i++)
            data.Firm($"peer{i}", "s", configure: f => f with { RdRatio = 0.04 + 0.002 * i, Tax = 0.4 + 0.02 * i, EnergyPerOutput = 0.10 + 0.01 * i, Employees = 400 + 10 * i });
        return data
            .Firm("star", "s", configure: f => f with { RdRatio = 0.2, Tax = 1.5, AnnualOutput = 40, Revenue = 40, EnergyPerOutput = 0.02, Employees = 800 })
            .Firm("hq", "s", configure: f => f with { RdRatio = 0.15, Tax = 1.2, AnnualOutput = 20, Revenue = 20, Employees = 5000 })
            .Firm("sweatshop", "s", configure: Sweatshop)
            .Firm("smokestack", "s", configure: f => f with { RdRatio = 0.005, Tax = 0.2, EnergyPerOutput = 1.4, Revenue = 10 })
            .Firm("abroad", "s", configure: f => f with { District = null, Region = null, Country = "DE" });
    }

    [Fact]
    public void Evaluate_BuiltFirms_LandInTheirGuidanceClassesWithWordsFromTheIndicators()
    {
        var data = Data();

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        Class(report, data, "star").Should().Be(GuidanceClass.SupportToGrow);
        Class(report, data, "hq").Should().Be(GuidanceClass.KeepHeadquarters);
        Class(report, data, "sweatshop").Should().Be(GuidanceClass.AssistTransfer);
        Class(report, data, "smokestack").Should().Be(GuidanceClass.AssistTransfer, "energy-heavy and low in value added, but with no compliance record it is never closed");
        report.Of(data.Id("smokestack"))!.Reasons[0].Zh.Should().Contain("能耗高").And.Contain("1.40 吨标准煤/万元");
        report.Of(data.Id("sweatshop"))!.Reasons[0].Zh.Should().Contain("劳动密集").And.Contain("每亿元产值 300 人");
        report.Of(data.Id("hq"))!.Reasons[0].Zh.Should().Contain("总部留深").And.Contain("劳动密集");
        report.Enterprises.SelectMany(e => e.Reasons).Should().NotContain(r => r.Zh.Contains("落后产能"));
    }

    [Theory]
    [InlineData(ComplianceFlags.SafetyHazard, "有重大安全隐患")]
    [InlineData(ComplianceFlags.Unlicensed, "无证无牌经营")]
    [InlineData(ComplianceFlags.WageArrears, "恶意欠薪")]
    [InlineData(ComplianceFlags.BannedCapacity, "属国家明令禁止和淘汰的产能")]
    public void Evaluate_ComplianceFinding_EliminatesNamingTheFinding(ComplianceFlags flag, string words)
    {
        var data = Data().Firm("offender", "s", configure: f => f with { Compliance = flag, RdRatio = 0.2, Tax = 1.5, Revenue = 10 });

        var offender = EnterpriseEvaluator.Evaluate(data.Build()).Of(data.Id("offender"))!;

        offender.Class.Should().Be(GuidanceClass.Eliminate, "a compliance record closes even a firm with a top score");
        offender.Compliance.Should().Be(flag);
        offender.Reasons[0].Zh.Should().StartWith("依法淘汰").And.Contain(words).And.Contain("深府办〔2009〕98号");
    }

    [Fact]
    public void Evaluate_WorstScoresWithoutComplianceRecord_NeverEliminated()
    {
        var data = Data().Firm("worst", "s", configure: f => f with { RdRatio = 0, Tax = 0.01, Revenue = 10, EnergyPerOutput = 3, Employees = 9000, AnnualOutput = 0.5, Founded = new DateOnly(1990, 1, 1) });

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        report.Enterprises.Should().NotContain(e => e.Class == GuidanceClass.Eliminate);
        report.Of(data.Id("worst"))!.Score.Should().BeLessThan(10);
    }

    [Theory]
    [InlineData(SegmentRole.Owner, EnterpriseLabels.None, Protection.ChainOwner, "第12条")]
    [InlineData(SegmentRole.Core, EnterpriseLabels.None, Protection.CoreSupplier, "第15条")]
    [InlineData(SegmentRole.Supplier, EnterpriseLabels.LittleGiant, Protection.LittleGiant, "第13条")]
    [InlineData(SegmentRole.Supplier, EnterpriseLabels.Champion, Protection.Champion, "第13条")]
    public void Evaluate_ProtectedFirmOfTheTransferProfile_SupportedAndSaysWhy(SegmentRole role, EnterpriseLabels label, Protection protection, string article)
    {
        var data = Data()
            .Firm("protected", "s", role, f => Sweatshop(f) with { Labels = f.Labels | label })
            .Firm("flagged", "s", role, f => Sweatshop(f) with { Labels = f.Labels | label, Compliance = ComplianceFlags.SafetyHazard });

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        var firm = report.Of(data.Id("protected"))!;
        firm.Class.Should().Be(GuidanceClass.SupportToGrow);
        firm.Protection.Should().HaveFlag(protection);
        firm.Reasons[0].Zh.Should().Contain("不列入有序转移或依法淘汰").And.Contain(article).And.Contain("征求意见稿");
        var flagged = report.Of(data.Id("flagged"))!;
        flagged.Class.Should().Be(GuidanceClass.SupportToGrow, "a protected firm with a compliance record is rectified, not closed");
        flagged.Reasons.Should().Contain(r => r.Zh.Contains("督促整改") && r.Zh.Contains("有重大安全隐患"));
    }

    [Fact]
    public void Evaluate_ChainOwnerWithIntensiveProductionAndStrongHeadquarters_NeverToldToMoveProduction()
    {
        var data = Data().Firm("owner", "s", SegmentRole.Owner, f => f with { RdRatio = 0.15, Tax = 1.2, AnnualOutput = 200, Revenue = 200, Employees = 60000 });

        var owner = EnterpriseEvaluator.Evaluate(data.Build()).Of(data.Id("owner"))!;

        owner.Class.Should().Be(GuidanceClass.SupportToGrow);
        owner.Signals.Should().HaveFlag(IndicatorSignals.LabourIntensive);
        owner.Reasons[0].Zh.Should().Contain("测试链链主企业").And.Contain("总部与生产均留在本市").And.Contain("第24条");
        owner.Reasons[0].En.Should().Contain("keeps its headquarters and its production in the city");
    }

    [Theory]
    [InlineData("I6520", 0.01)] // 集成电路设计: not manufacturing
    [InlineData("I6511", 0.01)] // software
    [InlineData("C3841", 0.08)] // R&D-intensive manufacturer
    public void Evaluate_SoftwareChipDesignOrRdIntensive_NeverTransferred(string industry, double rd)
    {
        var data = Data();
        for (var i = 0; i < 8; i++) data.Firm($"same{i}", "s", configure: f => f with { IndustryCode = industry });
        data.Firm("firm", "s", configure: f => Sweatshop(f) with { IndustryCode = industry, RdRatio = rd });

        var firm = EnterpriseEvaluator.Evaluate(data.Build()).Of(data.Id("firm"))!;

        firm.Class.Should().NotBe(GuidanceClass.AssistTransfer).And.NotBe(GuidanceClass.Eliminate);
        firm.Reasons.Should().NotContain(r => r.Zh.Contains("落后产能"));
    }

    [Fact]
    public void Evaluate_HeadquartersNotInTheCity_TransferInsteadOfKeepHeadquarters()
    {
        var data = Data().Firm("branch", "s", configure: f => Sweatshop(f) with { Labels = EnterpriseLabels.None });

        Class(EnterpriseEvaluator.Evaluate(data.Build()), data, "branch").Should().Be(GuidanceClass.AssistTransfer);
    }

    [Fact]
    public void Evaluate_LandArea_PerMuMeasuresAndLandIntensiveHeadquarters()
    {
        var data = Data()
            .Firm("sprawl", "s", configure: f => f with { RdRatio = 0.15, Tax = 1.2, AnnualOutput = 20, Revenue = 20, Employees = 1000, LandArea = 1000 })
            .Firm("dense", "s", configure: f => f with { LandArea = 10 });

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        var sprawl = report.Of(data.Id("sprawl"))!;
        sprawl.Land!.OutputPerMu.Should().BeApproximately(200, 1e-9);
        sprawl.Land.TaxPerMu.Should().BeApproximately(12, 1e-9);
        sprawl.Signals.Should().HaveFlag(IndicatorSignals.LandInefficient);
        sprawl.Class.Should().Be(GuidanceClass.KeepHeadquarters);
        sprawl.Reasons[0].Zh.Should().Contain("亩均效益低（亩均产出 200 万元/亩，低于 300；亩均税收 12.0 万元/亩，低于 15）");
        var dense = report.Of(data.Id("dense"))!;
        dense.Signals.Should().NotHaveFlag(IndicatorSignals.LandInefficient);
        dense.Reasons.Should().Contain(r => r.Zh.Contains("亩均产出 10000 万元/亩"));
        report.Of(data.Id("star"))!.Land.Should().BeNull();
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
    public void Evaluate_Weights_AreNormalisedChangeTheCompositeAndAreStatedWithTheBasis()
    {
        var data = Data();
        var techOnly = EvaluationWeights.Default with { Technology = 1, ValueAdded = 0, Tax = 0, Energy = 0, Labour = 0, Scale = 0, Growth = 0 };

        var report = EnterpriseEvaluator.Evaluate(data.Build(), EvaluationSettings.Default with { Weights = techOnly });

        var star = report.Of(data.Id("star"))!;
        star.Indicators.Sum(i => i.Weight).Should().BeApproximately(1, 1e-12);
        star.Score.Should().BeApproximately(100 * star.Indicator(EvaluationIndicator.Technology).Score, 0.01);
        report.Basis.Zh.Should().Contain("深府办〔2009〕98号").And.Contain("已到期").And.Contain("权重由产业主管部门设定").And.Contain("技术 100%");
        report.Basis.En.Should().Contain("expired").And.Contain("the bureau's to set").And.Contain("tech 100%");
    }

    [Fact]
    public void Evaluate_SparseIndustries_FallBackToTheNearestAdequateGroupAndSayWhich()
    {
        var data = Data();
        for (var i = 0; i < 4; i++) data.Firm($"c3842-{i}", "s", configure: f => f with { IndustryCode = "C3842" });
        for (var i = 0; i < 3; i++) data.Firm($"c2669-{i}", "s", configure: f => f with { IndustryCode = "C2669" });
        data.Firm("odd", "s", configure: f => f with { IndustryCode = "I6513" }).Firm("blank", "s", configure: f => f with { IndustryCode = null });

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        Peers(report, data, "star").Should().Match<PeerGroup>(p => p.Code == "C3841" && p.Level == PeerLevel.IndustryClass && p.FellBackFrom == null && p.Count == 14);
        Peers(report, data, "c3842-0").Should().Match<PeerGroup>(p => p.Code == "C384" && p.Level == PeerLevel.IndustryGroup && p.FellBackFrom == PeerLevel.IndustryClass && p.Count == 18);
        Peers(report, data, "c3842-0").Description.Zh.Should().Be("同行：行业小类 C3842 仅 4 家，改在行业中类 C384（18 家）中比较");
        Peers(report, data, "c2669-0").Should().Match<PeerGroup>(p => p.Code == "C" && p.Level == PeerLevel.Section && p.Count == 21);
        Peers(report, data, "odd").Should().Match<PeerGroup>(p => p.Level == PeerLevel.All && p.Count == 23);
        Peers(report, data, "odd").Description.Zh.Should().Contain("I6513").And.Contain("全部参评企业（23 家）");
        Peers(report, data, "blank").Description.Zh.Should().Contain("未登记行业代码");
        report.Enterprises.Should().OnlyContain(e => e.Reasons.Contains(e.Peers.Description));
    }

    [Fact]
    public void Evaluate_SparseGroup_PercentilesAmongTheFallbackPeersNotAFlatValue()
    {
        var data = Data().Firm("lonely", "s", configure: f => f with { IndustryCode = "C3849", RdRatio = 0.5 });

        var lonely = EnterpriseEvaluator.Evaluate(data.Build()).Of(data.Id("lonely"))!;

        lonely.Peers.Code.Should().Be("C384");
        lonely.Indicator(EvaluationIndicator.Technology).Score.Should().BeGreaterThan(0.9, "the highest R&D among its 15 fallback peers");
        lonely.Indicators.Select(i => i.Score).Distinct().Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void Evaluate_ClosedSuspendedOrMissingData_NoClassOrNeutralScore()
    {
        var data = Data()
            .Firm("gone", "s", configure: f => f with { Status = EnterpriseStatus.Closed })
            .Firm("paused", "s", configure: f => f with { Status = EnterpriseStatus.Suspended, Compliance = ComplianceFlags.WageArrears })
            .Firm("blank", "s", configure: f => f with { RdRatio = null });

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        report.Of(data.Id("gone"))!.Should().Match<EnterpriseEvaluation>(e => e.Class == null && e.Reasons[0].Zh == "已注销：不参与分类");
        report.Of(data.Id("paused"))!.Class.Should().BeNull();
        report.Of(data.Id("blank"))!.Indicator(EvaluationIndicator.Technology).Should().Match<IndicatorScore>(i => i.Value == null && i.Score == 0.5);
    }

    [Fact]
    public void Evaluate_EveryText_ChineseWithoutEnglishAndNoFileNumbers()
    {
        var data = Data().Firm("owner", "s", SegmentRole.Owner).Firm("offender", "s", configure: f => f with { Compliance = ComplianceFlags.Unlicensed, LandArea = 50 });

        var report = EnterpriseEvaluator.Evaluate(data.Build());

        var texts = report.Enterprises.SelectMany(e => e.Reasons.Append(e.Peers.Description)).Append(report.Basis).ToList();
        texts.Select(t => t.Zh).Should().OnlyContain(t => !t.Contains("seed") && !t.Contains("种子") && !t.Contains('§'));
        texts.Select(t => t.En).Should().OnlyContain(t => !t.Contains("seed") && !t.Contains('§'));
        texts.Select(t => t.Zh).Should().OnlyContain(t => !System.Text.RegularExpressions.Regex.IsMatch(t.Replace("evaluate --weights", ""), "[A-Za-z]{3,}"),
            "Chinese sentences carry no English words (industry codes and the option name aside)");
    }

    private static GuidanceClass? Class(EvaluationReport report, RiskDatasetBuilder data, string name) => report.Of(data.Id(name))!.Class;

    private static PeerGroup Peers(EvaluationReport report, RiskDatasetBuilder data, string name) => report.Of(data.Id(name))!.Peers;
}
