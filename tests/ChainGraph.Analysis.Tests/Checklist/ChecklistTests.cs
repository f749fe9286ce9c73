using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Tests.Chains;

namespace ChainGraph.Analysis.Tests.Checklist;

public sealed class ChecklistTests
{
    private static ChainDatasetBuilder Chain() => new ChainDatasetBuilder()
        .Segment("raw", Stage.Upstream, key: true).Segment("part", key: true).Segment("car", Stage.Downstream)
        .Owner("owner", "car")
        .Firm("r1", "raw", "overseas").Firm("p1", "part").Firm("p2", "part")
        .Supply("r1", "p1", "raw", 1).Supply("r1", "p2", "raw", 1)
        .Supply("p1", "owner", "part", 0.9).Supply("p2", "owner", "part", 0.1);

    [Fact]
    public void Checklist_RankedBySeverityWithActionsAndInstruments()
    {
        var items = new ChainAnalyzer(Chain().Build()).Checklist();

        items.Select(i => i.Rank).Should().Equal(Enumerable.Range(1, items.Count));
        items.Select(i => i.Severity).Should().BeInDescendingOrder();
        items.Should().OnlyContain(i => i.Severity >= 0 && i.Severity <= 1 && i.Reasons.Count > 0);
        var foreign = items.Single(i => i.Type == ChecklistItemType.ForeignChokepoint);
        foreign.EnterpriseNames.Should().Equal("r1");
        foreign.Instrument.Id.Should().Be(PolicyInstrument.FirstOfKind.Id);
        foreign.Action.Should().Be(ChainAction.Stabilise);
        items.Single(i => i.Type == ChecklistItemType.Missing).Should().Match<ChecklistItem>(i => i.SegmentId == "raw" && i.Action == ChainAction.Fill);
        // p1's sole-source position and the cut {p1, p2} are one finding about the same firms: one item.
        var part = items.Single(i => i.EnterpriseNames.Contains("p1"));
        part.EnterpriseNames.Should().Equal("p1", "p2");
        part.Findings.Select(f => f.Rule).Should().BeEquivalentTo("minimum_cut", "sole_source");
        part.OwnersThreatened.Should().Equal("owner");
    }

    [Fact]
    public void Compare_NextQuarter_NewResolvedWorsened()
    {
        var before = new ChainAnalyzer(Chain().Build()).Checklist();
        var fixedRaw = Chain().Firm("r2", "raw").Supply("r2", "p1", "raw", 0).Firm("r3", "raw").Firm("r4", "raw").Build();
        var after = new ChainAnalyzer(fixedRaw).Checklist();

        var changes = ChecklistComparison.Compare(before.Select(i => new PreviousItem(i.Id, i.Severity, i.Type, PreviousItems.Title(i))).ToList(), after);

        var summary = string.Join("; ", changes.Select(c => $"{c.Id}={c.Kind}"));
        // Local raw-material firms turn the missing link into a weak one (an improvement whatever the severity), and r1
        // stops being a single point of failure.
        changes.Should().Contain(c => c.Id == "link:c:raw" && c.Kind == ChangeKind.Improved && c.TypeChanged && c.PreviousType == ChecklistItemType.Missing, summary);
        changes.Should().Contain(c => c.Id == before.Single(i => i.Type == ChecklistItemType.ForeignChokepoint).Id && c.Kind == ChangeKind.Resolved
            && c.PreviousTitle == "测试链 / raw · r1");
        changes.Should().Contain(c => c.Kind == ChangeKind.New && c.Item!.EnterpriseNames.SequenceEqual(new[] { "r1", "r2" }));
        changes.Should().Contain(c => c.Kind == ChangeKind.Unchanged);
        ChecklistComparison.Compare([new PreviousItem(after[0].Id, after[0].Severity - 0.2)], after)
            .Should().Contain(c => c.Id == after[0].Id && c.Kind == ChangeKind.Worsened);
    }
}
