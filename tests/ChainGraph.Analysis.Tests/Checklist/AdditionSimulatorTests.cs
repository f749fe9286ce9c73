using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Tests.Chains;

namespace ChainGraph.Analysis.Tests.Checklist;

/// <summary>What-if for additions on hand-built chains, checked against the checklist of the data with the firm really moved.</summary>
public sealed class AdditionSimulatorTests
{
    private static ChainDatasetBuilder Chain(string farLocation = "country") => new ChainDatasetBuilder()
        .Segment("raw", Stage.Upstream).Segment("part").Segment("car", Stage.Downstream)
        .Owner("owner", "car").Firm("p1", "part").Firm("p2", "part").Firm("p3", "part")
        .Supply("p1", "owner", "part", 0.4, 4000).Supply("p2", "owner", "part", 0.3, 3000).Supply("p3", "owner", "part", 0.3, 3000)
        .Firm("far", "raw", farLocation).Firm("abroad", "raw", "overseas")
        .Supply("far", "p1", "raw", 0.6, 600).Supply("abroad", "p1", "raw", 0.4, 400);

    [Fact]
    public void Attracting_AFirmIntoAMissingLink_TurnsItWeak_AsTheRealMoveWould()
    {
        var analyzer = new ChainAnalyzer(Chain().Build());
        var items = analyzer.Checklist();
        var far = Chain().Build().Enterprises.Single(e => e.Name == "far").Id;

        var impact = analyzer.SimulateAddition(items, far, "南山");

        var raw = impact.Items.Single(i => i.ItemId == "link:c:raw");
        raw.Type.Should().Be(ChecklistItemType.Missing);
        // One local firm instead of none: no longer missing; with fewer than 3 local firms it stays weak.
        raw.Outcome.Should().Be(AdditionOutcome.Improved);
        raw.TypeAfter.Should().Be(ChecklistItemType.Weak);
        var moved = new ChainAnalyzer(Chain("local").Build()).Checklist().Single(i => i.Id == "link:c:raw");
        raw.SeverityAfter.Should().BeApproximately(moved.Severity, 1e-9, "the simulation judges the segment as the real move would");
        moved.Type.Should().Be(ChecklistItemType.Weak);
        var segment = impact.Segments.Single(s => s.Id == "raw");
        (segment.LocalBefore, segment.LocalAfter).Should().Be((0, 0.6));
        (segment.OverseasBefore, segment.OverseasAfter).Should().Be((0.4, 0.4));
        impact.Chains.Single().LocalAfter.Should().BeGreaterThan(impact.Chains.Single().LocalBefore);
    }

    [Fact]
    public void Attracting_AFirm_ResolvesAWeakLink_WhenTheBaselineIsMet()
    {
        var data = Chain().Firm("l1", "raw").Firm("l2", "raw").Firm("l3", "raw").Supply("l1", "p2", "raw", 1, 500).Build();
        var analyzer = new ChainAnalyzer(data);
        var items = analyzer.Checklist();
        items.Single(i => i.Id == "link:c:raw").Type.Should().Be(ChecklistItemType.Weak, "three local firms but 33% near supply");

        var impact = analyzer.SimulateAddition(items, data.Enterprises.Single(e => e.Name == "far").Id, "宝安");

        // 1100 of 1500万元 now local (73%), the largest local firm 600 of 1100 (55%): no rule fires.
        impact.Items.Single(i => i.ItemId == "link:c:raw").Outcome.Should().Be(AdditionOutcome.Resolved);
        new ChainAnalyzer(Chain("local").Firm("l1", "raw").Firm("l2", "raw").Firm("l3", "raw").Supply("l1", "p2", "raw", 1, 500).Build()).Checklist()
            .Should().NotContain(i => i.Id == "link:c:raw", "the real move resolves it too");
        impact.Helped.Should().Be(1);
    }

    [Fact]
    public void SimulateAddition_UnknownFirmOrSegment_KeyNotFound()
    {
        var analyzer = new ChainAnalyzer(Chain().Build());
        var items = analyzer.Checklist();

        FluentActions.Invoking(() => analyzer.SimulateAddition(items, "nope", "南山")).Should().Throw<KeyNotFoundException>().WithMessage("*nope*");
        FluentActions.Invoking(() => analyzer.SimulateAddition(items, Chain().Build().Enterprises[0].Id, "南山", "nope")).Should().Throw<KeyNotFoundException>();
    }
}
