using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Tests.Chains;

namespace ChainGraph.Analysis.Tests.Checklist;

public sealed class ChainHealthTests
{
    // The city's firms buy 600 of key segment a, 300 of key segment b and 100 of c: 1,000 in all.
    private static readonly Lazy<ChainAnalyzer> Analyzer = new(() => new ChainAnalyzer(new ChainDatasetBuilder()
        .Segment("a", key: true).Segment("b", key: true).Segment("c").Segment("car", Stage.Downstream).Owner("owner", "car")
        .Firm("pa", "a").Firm("pb", "b").Firm("pc", "c")
        .Supply("pa", "owner", "a", 1, 600).Supply("pb", "owner", "b", 1, 300).Supply("pc", "owner", "c", 1, 100).Build()));

    private static ChecklistItem Item(string segment, SeverityLevel level) => new($"link:c:{segment}", 1, "c", "c", segment, segment, [], [],
        ChecklistItemType.Weak, 0.5, level, [], [], ChainAction.Strengthen, PolicyInstrument.TechnicalRenovation, [], []);

    private static ChainHealthAssessment Assess(HealthThresholds? thresholds, params ChecklistItem[] items) =>
        ChainHealth.Assess(Analyzer.Value, "c", items, thresholds);

    [Fact]
    public void Assess_CriticalItemOnMostOfLocalPurchasing_WarningWithTheShareInOneSentence()
    {
        var health = Assess(null, Item("a", SeverityLevel.Critical));

        health.Grade.Should().Be(HealthGrade.Warning, "60% of local purchasing is under a critical item, but only one of the two key segments");
        health.ShareAtRisk.Should().BeApproximately(0.6, 1e-9);
        health.KeySegmentsAtRisk.Should().Be(1);
        health.Why.Zh.Should().StartWith("预警：").And.Contain("60.0%").And.Contain("1/2 个关键环节");
        health.Why.En.Should().StartWith("warning: ");
    }

    [Fact]
    public void Assess_WeightNotCount_HighItemsOnASmallSegmentAreWatch()
    {
        Assess(null, Item("c", SeverityLevel.Critical), Item("c", SeverityLevel.High), Item("c", SeverityLevel.High)).Grade
            .Should().Be(HealthGrade.Watch, "three severe items, but on 10% of local purchasing");
    }

    [Fact]
    public void Assess_ShareAndKeySegments_DangerOnlyWhenBothReachTheLine()
    {
        var thresholds = HealthThresholds.Default with { DangerKeySegments = 2 };

        Assess(thresholds, Item("a", SeverityLevel.Critical), Item("b", SeverityLevel.High)).Grade.Should().Be(HealthGrade.Danger);
        Assess(thresholds, Item("a", SeverityLevel.Critical), Item("c", SeverityLevel.High)).Grade.Should().Be(HealthGrade.Warning, "one key segment");
    }

    [Fact]
    public void Assess_OnlyMediumOrLow_WatchWhenMediumItemsHoldASizeableShareElseSound()
    {
        Assess(null, Item("a", SeverityLevel.Medium)).Grade.Should().Be(HealthGrade.Watch);
        Assess(null, Item("c", SeverityLevel.Medium), Item("a", SeverityLevel.Low)).Grade.Should().Be(HealthGrade.Sound);
        Assess(null).Why.Zh.Should().StartWith("良好：");
    }
}
