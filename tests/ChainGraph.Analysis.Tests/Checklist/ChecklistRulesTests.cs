using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Tests.Chains;

namespace ChainGraph.Analysis.Tests.Checklist;

/// <summary>The checklist rules of docs/checklist-method.md on hand-built chains: status, scope, weak links, severity, merging, health.</summary>
public sealed class ChecklistRulesTests
{
    private static ChainDatasetBuilder Part() => new ChainDatasetBuilder().Segment("part", Stage.Midstream, key: true).Segment("car", Stage.Downstream).Owner("owner", "car");

    [Fact]
    public void Checklist_ClosedSupplier_NotRankedButListedToVerifyAndItsSupplyCountsAsLost()
    {
        var data = Part().Firm("p1", "part", status: EnterpriseStatus.Closed).Firm("p2", "part").Firm("p3", "part")
            .Supply("p1", "owner", "part", 0.6).Supply("p2", "owner", "part", 0.35).Supply("p3", "owner", "part", 0.05).Build();
        var analyzer = new ChainAnalyzer(data);

        var items = analyzer.Checklist();

        items.Should().NotContain(i => i.EnterpriseNames.Contains("p1"));
        // Without p1, p2 carries 0.35 / 0.40 = 88% of what the owner still gets: a sole source of the live supply.
        items.Should().Contain(i => i.EnterpriseNames.Contains("p2") && i.Findings.Any(f => f.Rule == "sole_source" && f.Text.Zh.Contains("88%")));
        var verify = analyzer.SupplyRecordsToVerify().Should().ContainSingle().Subject;
        (verify.SupplierName, verify.CustomerName, verify.Standing).Should().Be(("p1", "owner", SupplierStanding.Closed));
        verify.Share.Should().BeApproximately(0.6, 1e-6);
        verify.Reason.Zh.Should().Contain("已关停");
    }

    [Fact]
    public void Status_ClosureEventInTheWindow_SuspectWhileOlderOnesAreNot()
    {
        var data = Part().Firm("recent", "part").Firm("old", "part").Firm("other", "part")
            .Event("recent", "2025-03-01").Event("old", "2023-01-01").Event("other", "2026-06-30", EventType.Logistics).Build();
        var analyzer = new ChainAnalyzer(data);
        int Firm(string name) => data.Enterprises.Select((e, i) => (e, i)).Single(p => p.e.Name == name).i;

        analyzer.Status.AsOf.Should().Be(new DateOnly(2026, 6, 30));
        analyzer.Status.Of(Firm("recent")).Should().Be(SupplierStanding.RecentClosure);
        analyzer.Status.Of(Firm("old")).Should().Be(SupplierStanding.Live);
        new ChainAnalyzer(data, AnalysisSettings.Default with { RecentClosureMonths = 12 }).Status.Of(Firm("recent")).Should().Be(SupplierStanding.Live);
    }

    [Fact]
    public void Checklist_DependencyBetweenTwoForeignFirms_EvidenceForTheLocalItemNotAnItem()
    {
        var data = Part().Segment("raw", Stage.Upstream)
            .Firm("f0", "raw", "overseas").Firm("f1", "part", "overseas", SegmentRole.Core).Firm("p2", "part")
            .Supply("f0", "f1", "raw", 0.95).Supply("f1", "owner", "part", 0.9).Supply("p2", "owner", "part", 0.1).Build();

        var items = new ChainAnalyzer(data).Checklist();

        items.Should().NotContain(i => i.EnterpriseNames.SequenceEqual(new[] { "f0" }));
        var f1 = items.Single(i => i.EnterpriseNames.Contains("f1"));
        f1.Findings.Should().Contain(f => f.Rule == "upstream_evidence" && f.Text.Zh.Contains("f0"));
        items.SelectMany(i => i.OwnersThreatened).Should().NotContain("f1");
    }

    [Fact]
    public void Checklist_LocalFirmSupplyingAnOwnerAbroad_NoItem()
    {
        var data = new ChainDatasetBuilder().Segment("part", Stage.Midstream, key: true).Segment("car", Stage.Downstream)
            .Owner("foreign-owner", "car", location: "overseas").Firm("l1", "part").Supply("l1", "foreign-owner", "part", 1).Build();

        var items = new ChainAnalyzer(data).Checklist();

        items.Should().BeEmpty("a local firm's sales abroad are a strength, and the chain has no local owner");
    }

    [Fact]
    public void Links_FiftyCapableLocalFirms_NeverWeakWhateverOwnersBuyElsewhere()
    {
        var data = Part().Firm("abroad", "part", "overseas").Supply("abroad", "owner", "part", 0.9, 9000);
        for (var i = 0; i < 50; i++) data.Firm($"l{i}", "part");
        data.Supply("l0", "owner", "part", 0.1, 1000);

        Part(data.Build()).Should().BeEmpty();
    }

    // The findings on segment "part" (the owner's own segment "car" has one local firm, the owner, and is not under test).
    private static List<LinkFinding> Part(Dataset data, AnalysisSettings? settings = null) =>
        [.. new ChainAnalyzer(data, settings).Links("c").Where(l => l.Segment.Id == "part")];

    private static List<LinkFinding> Part(ChainDatasetBuilder data) => Part(data.Build());

    [Fact]
    public void Links_SupplyFromTheMetropolitanRing_IsNearNotDependence()
    {
        ChainDatasetBuilder With(string where) => Part().Firm("l1", "part").Firm("l2", "part").Firm("l3", "part").Firm("near", "part", where)
            .Supply("near", "owner", "part", 0.8, 800).Supply("l1", "owner", "part", 0.1, 100).Supply("l2", "owner", "part", 0.1, 100);

        Part(With("metro")).Should().BeEmpty();
        var weak = Part(With("province")).Should().ContainSingle().Subject;
        weak.Findings.Should().ContainSingle(f => f.Rule == "min_near_share").Which.Text.Zh.Should().Contain("20%").And.Contain("低于 50%");
    }

    [Fact]
    public void Links_OnlyARingFirm_MissingUnlessTheRingCounts()
    {
        var data = Part().Firm("near", "part", "metro").Supply("near", "owner", "part", 1).Build();

        Part(data).Single().Kind.Should().Be(LinkKind.Missing);
        Part(data, AnalysisSettings.Default with { MissingCountsRing = true }).Single().Kind.Should().Be(LinkKind.Weak);
        Part(data, AnalysisSettings.Default with { MetroRing = ["惠州"], MissingCountsRing = true }).Single().Kind.Should().Be(LinkKind.Missing);
    }

    [Fact]
    public void Links_RulesFileBaseline_OverridesTheDefaultAndIsNamed()
    {
        var data = Part().Firm("l1", "part").Supply("l1", "owner", "part", 1).Build();
        AnalysisSettings With(string rules) => AnalysisSettings.Default with
        {
            Baselines = BaselineFile.Read(new StringReader(rules), "/x/rules.csv", AnalysisSettings.Default, new HashSet<string> { "part", "car", "c" }),
        };

        Part(data).Should().ContainSingle();
        Part(data, With("segment,min_local_firms,note\npart,1,one is enough\n")).Should().BeEmpty();
        var flagged = Part(data, With("# baselines\nsegment,min_local_firms\n*,2\nc,5\n")).Single();
        flagged.Findings.Single().Text.Zh.Should().Contain("低于 5 家（规则 rules.csv:4）");
    }

    [Theory]
    [InlineData("segment,min_near_share\npart,1.5\n", "rules.csv:2 [min_near_share]: error: '1.5' is not a share between 0 and 1")]
    [InlineData("segment,min_local_firms\nnope,3\n", "rules.csv:2 [segment]: error: 'nope' is neither a segment nor a chain id")]
    [InlineData("min_local_firms\n3\n", "rules.csv:1 [segment]")]
    [InlineData("segment,min_local_firms\npart,3\npart,4\n", "rules.csv:3 [segment]: error: 'part' is named twice")]
    public void BaselineFile_BadRow_ErrorNamesFileLineAndColumn(string rules, string message)
    {
        var read = () => BaselineFile.Read(new StringReader(rules), "rules.csv", AnalysisSettings.Default, new HashSet<string> { "part" });

        read.Should().Throw<InvalidDataException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Checklist_MissingLinksWithDifferentSpend_DifferentSeverities()
    {
        var data = new ChainDatasetBuilder().Segment("a", Stage.Upstream, key: true).Segment("b", Stage.Upstream, key: true).Segment("car", Stage.Downstream)
            .Owner("owner", "car").Firm("fa", "a", "overseas").Firm("fb", "b", "overseas")
            .Supply("fa", "owner", "a", 1, 100).Supply("fb", "owner", "b", 1, 100_000).Build();

        var items = new ChainAnalyzer(data).Checklist().Where(i => i.Type == ChecklistItemType.Missing).ToList();

        items.Should().HaveCount(2);
        items.Single(i => i.SegmentId == "b").Severity.Should().BeGreaterThan(items.Single(i => i.SegmentId == "a").Severity);
        items.Single(i => i.SegmentId == "b").Terms.Should().Contain(t => t.Term == "spend" && t.Text.Zh.Contains("10亿元"));
    }

    [Fact]
    public void Checklist_CutAndSoleSourceOnOneFirm_MergedIntoOneItem()
    {
        var data = Part().Firm("a", "part", "overseas").Firm("b", "part").Supply("a", "owner", "part", 0.85).Supply("b", "owner", "part", 0.15).Build();

        var items = new ChainAnalyzer(data).Checklist().Where(i => i.Type != ChecklistItemType.Missing && i.Type != ChecklistItemType.Weak).ToList();

        var item = items.Should().ContainSingle().Subject;
        item.EnterpriseNames.Should().BeEquivalentTo("a", "b");
        item.Findings.Select(f => f.Rule).Should().Contain(["minimum_cut", "sole_source"]);
    }
}
