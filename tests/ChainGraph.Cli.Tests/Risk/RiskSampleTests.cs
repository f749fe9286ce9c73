using ChainGraph.Reporting;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Cli.Tests.Risk;

/// <summary>Issue 11 over the whole bundled sample: no inactive firm ranked as a risk, and chain health that separates.</summary>
public sealed class RiskSampleTests(BundledSample sample) : IClassFixture<BundledSample>
{
    private readonly Lazy<(ChainAnalyzer Analyzer, RiskReport Report)> _risk = new(() =>
    {
        var analyzer = new ChainAnalyzer(sample.Dataset);
        var model = RiskModelTrainer.Train(sample.Dataset, TrainingOptions.Default with { Models = [LikelihoodModelKind.Logistic] });
        return (analyzer, new RiskAssessor(analyzer, model, RiskSettings.Default with { IncludeResilience = false }).Assess());
    });

    [Fact]
    public void Assess_WholeSample_NoInactiveFirmInAnyRanking()
    {
        var (analyzer, report) = _risk.Value;
        var status = analyzer.Status;

        report.Chains.SelectMany(c => c.Enterprises).Should().OnlyContain(e => status.IsLive(e.Enterprise), "closed, suspended and recently closed firms are not risks");
        var ids = report.Chains.SelectMany(c => c.Segments).SelectMany(s => s.TopEnterpriseIds).ToList();
        ids.Should().OnlyContain(id => IsLive(analyzer, id));
        var inactive = report.Chains.SelectMany(c => c.Inactive).ToList();
        inactive.Should().NotBeEmpty("the sample holds closed and suspended suppliers").And.OnlyContain(f => !status.IsLive(f.Enterprise) && f.Reason.Zh.Length > 0);
        inactive.SelectMany(f => f.Records).Should().NotBeEmpty("some of them are still recorded as supplying local firms");
    }

    private static bool IsLive(ChainAnalyzer analyzer, string id) => analyzer.Index.TryGetEnterprise(id, out var e) && analyzer.Status.IsLive(e);

    [Fact]
    public void Likelihood_WholeSample_NoScoreForAnInactiveFirm()
    {
        var (analyzer, _) = _risk.Value;
        var model = RiskModelTrainer.Train(sample.Dataset, TrainingOptions.Default with { Models = [LikelihoodModelKind.Logistic] });

        var scores = model.Score(sample.Dataset);

        scores.Scores.Should().OnlyContain(s => analyzer.Status.IsLive(s.Enterprise));
        model.Features.Should().NotContain(f => f.Contains("status"));
        FeatureCatalog.Names.Should().Equal(model.Features);
    }

    [Fact]
    public void ChainHealth_WholeSample_LevelsSeparateAndEachSaysWhy()
    {
        var analyzer = new ChainAnalyzer(sample.Dataset);
        var items = analyzer.Checklist();

        var health = analyzer.Index.Chains.Select(c => ChainHealth.Assess(analyzer, c.Id, [.. items.Where(i => i.ChainId == c.Id)])).ToList();

        health.Select(h => h.Grade).Distinct().Should().HaveCountGreaterThan(1, "the six chains do not all carry the same weight of findings");
        health.Should().OnlyContain(h => h.Why.Zh.StartsWith(BriefingVocabulary.Chinese(h.Grade) + "：") && h.Why.Zh.Contains("本地企业采购额"));
        health.Where(h => h.Grade == HealthGrade.Danger).Should().OnlyContain(h => h.ShareAtRisk >= HealthThresholds.Default.DangerShare);
    }
}
