using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Features;

namespace ChainGraph.Analysis.Tests.Risk.Features;

public sealed class FeatureBuilderTests
{
    private static readonly DateOnly AsOf = new(2024, 1, 1);

    private static RiskDatasetBuilder Data() => new RiskDatasetBuilder()
        .Segment("a").Segment("ic-eda", key: true).Segment("b")
        .Firm("customer", "b")
        .Firm("sole", "a").Firm("x", "a").Firm("y", "a")
        .Firm("eda", "ic-eda", configure: f => f with { District = null, Region = null, Country = "US" })
        .Firm("jp", "a", configure: f => f with { District = null, Region = null, Country = "JP" })
        .Supply("sole", "customer", "a", 0.9)
        .Supply("x", "customer", "ic-eda", 0.5).Supply("y", "customer", "ic-eda", 0.3)
        .Event("x", new DateOnly(2022, 3, 1)).Event("x", new DateOnly(2023, 6, 1), severity: 0.8);

    [Fact]
    public void Build_SupplierConcentrationAndSoleSource_FromOwnSupplierShares()
    {
        var data = Data();
        var matrix = new FeatureBuilder(data.Build()).Build(AsOf);

        var row = matrix.RowOf(data["customer"]);
        // Segment a: one supplier → HHI 1 (sole source); ic-eda: (5/8)² + (3/8)² = 34/64. Mean over the two inputs.
        matrix[row, Column(FeatureCatalog.SupplierHhi)].Should().BeApproximately((1 + 34 / 64.0) / 2, 1e-6, "shares are stored as float");
        matrix[row, Column(FeatureCatalog.SoleSourceDependence)].Should().Be(0.5);
        matrix[matrix.RowOf(data["sole"]), Column(FeatureCatalog.SupplierHhi)].Should().Be(0);
    }

    [Fact]
    public void Build_SanctionsFlags_NeedControlledSegmentAndControllingCountry()
    {
        var data = Data();
        var matrix = new FeatureBuilder(data.Build()).Build(AsOf);

        Value(matrix, data["eda"], FeatureCatalog.SanctionsExposed).Should().Be(1);
        Value(matrix, data["eda"], FeatureCatalog.Overseas).Should().Be(1);
        Value(matrix, data["jp"], FeatureCatalog.SanctionsCountry).Should().Be(1);
        Value(matrix, data["jp"], FeatureCatalog.SanctionsExposed).Should().Be(0, "its segment is not export-controlled");
        Value(matrix, data["x"], FeatureCatalog.SanctionsExposed).Should().Be(0);
    }

    [Fact]
    public void Build_PastEvents_CountOnlyEventsBeforeTheAsOfDate()
    {
        var data = Data();
        var builder = new FeatureBuilder(data.Build());

        var early = builder.Build(new DateOnly(2023, 1, 1));
        var late = builder.Build(AsOf);

        Value(early, data["x"], FeatureCatalog.PastEvents1Y).Should().Be(1);
        Value(early, data["x"], FeatureCatalog.PastMaxSeverity).Should().Be(0.5);
        Value(late, data["x"], FeatureCatalog.PastEvents1Y).Should().Be(1, "the 2022-03 event is more than a year before 2024");
        Value(late, data["x"], FeatureCatalog.PastMaxSeverity).Should().Be(0.8);
    }

    [Fact]
    public void Build_EventsAfterTheAsOfDate_ChangeNoFeature()
    {
        var before = new FeatureBuilder(Data().Build()).Build(AsOf);
        var data = Data().Event("y", AsOf).Event("sole", AsOf.AddDays(100), EventType.Closure).Event("x", new DateOnly(2025, 1, 1));

        var after = new FeatureBuilder(data.Build()).Build(AsOf);

        after.Enterprises.Should().Equal(before.Enterprises);
        for (var r = 0; r < before.RowCount; r++) after.Row(r).ToArray().Should().Equal(before.Row(r).ToArray());
    }

    [Fact]
    public void Build_AgeAndExistence_FromFoundingDate()
    {
        var data = Data().Firm("new", "a", configure: f => f with { Founded = new DateOnly(2021, 1, 1) }).Firm("future", "a", configure: f => f with { Founded = new DateOnly(2025, 1, 1) });
        var matrix = new FeatureBuilder(data.Build()).Build(AsOf);

        Value(matrix, data["new"], FeatureCatalog.Young).Should().Be(1);
        Value(matrix, data["new"], FeatureCatalog.AgeYears).Should().BeApproximately(3, 0.01);
        Value(matrix, data["x"], FeatureCatalog.Young).Should().Be(0);
        matrix.RowOf(data["future"]).Should().Be(-1, "a firm founded after the as-of date did not exist yet");
    }

    [Fact]
    public void Build_ClosureBeforeAsOf_LeftOutOfTheAtRiskPopulation()
    {
        var data = Data().Event("y", new DateOnly(2023, 2, 1), EventType.Closure);
        var builder = new FeatureBuilder(data.Build());

        builder.Build(AsOf).RowOf(data["y"]).Should().Be(-1);
        builder.Build(new DateOnly(2023, 1, 1)).RowOf(data["y"]).Should().BeGreaterThanOrEqualTo(0, "before its closure it was at risk");
    }

    [Fact]
    public void Build_TodaysStatus_ChoosesNoRows_OnlyADatedClosureDoes()
    {
        var data = Data()
            .Firm("suspended", "a", configure: f => f with { Status = EnterpriseStatus.Suspended })
            .Firm("closed", "a", configure: f => f with { Status = EnterpriseStatus.Closed })
            .Firm("dated", "a", configure: f => f with { Status = EnterpriseStatus.Closed })
            .Event("dated", new DateOnly(2023, 6, 1), EventType.Closure);
        var builder = new FeatureBuilder(data.Build());
        var early = builder.Build(new DateOnly(2020, 1, 1));

        early.RowOf(data["suspended"]).Should().BeGreaterThanOrEqualTo(0, "leaving out firms suspended since would select on the outcome");
        early.RowOf(data["closed"]).Should().BeGreaterThanOrEqualTo(0, "closed without a closure event: undated, so it was at risk in 2020");
        early.RowOf(data["dated"]).Should().BeGreaterThanOrEqualTo(0, "its closure dates the inactivity: before it, the firm was at risk");
        builder.Build(AsOf).RowOf(data["dated"]).Should().Be(-1);
    }

    [Fact]
    public void BuildLive_InactiveByTheChecklistRule_NotScored()
    {
        var data = Data()
            .Firm("suspended", "a", configure: f => f with { Status = EnterpriseStatus.Suspended })
            .Firm("relocated", "a", configure: f => f with { Status = EnterpriseStatus.Relocated })
            .Firm("old", "a").Event("old", new DateOnly(2020, 1, 1), EventType.Closure);
        data.Event("y", new DateOnly(2023, 2, 1), EventType.Closure);
        var live = new FeatureBuilder(data.Build()).BuildLive(AsOf, recentClosureMonths: 24);

        live.RowOf(data["suspended"]).Should().Be(-1);
        live.RowOf(data["y"]).Should().Be(-1, "a closure 11 months before the as-of date, status still active");
        live.RowOf(data["old"]).Should().BeGreaterThanOrEqualTo(0, "a closure four years ago with an active status: live again");
        live.RowOf(data["relocated"]).Should().BeGreaterThanOrEqualTo(0, "relocated firms still supply");
        live.RowOf(data["x"]).Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Catalog_HasNoStatusFeature()
    {
        FeatureCatalog.Names.Should().NotContain(n => n.Contains("status", StringComparison.OrdinalIgnoreCase) || n.Contains("inactive", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Catalog_Names_AreUniqueAndDocumented()
    {
        FeatureCatalog.Names.Should().OnlyHaveUniqueItems();
        FeatureCatalog.All.Should().OnlyContain(f => f.Description.Length > 10 && f.Unit.Length > 0);
    }

    private static int Column(string name) => FeatureCatalog.IndexOf(name);

    private static double Value(FeatureMatrix matrix, int enterprise, string feature) => matrix[matrix.RowOf(enterprise), Column(feature)];
}
