using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Impact;

namespace ChainGraph.Analysis.Tests.Risk.Impact;

public sealed class ImpactAnalyzerTests
{
    // Two owners (outputs 300 and 100) of key segment "k"; "sole" gives big 90% of it, "p"/"q" give small 60%/40%.
    private static RiskDatasetBuilder Chain() => new RiskDatasetBuilder()
        .Segment("k", key: true).Segment("raw").Segment("end", stage: Stage.Downstream)
        .Firm("big", "end", SegmentRole.Owner, f => f with { AnnualOutput = 300 })
        .Firm("small", "end", SegmentRole.Owner, f => f with { AnnualOutput = 100 })
        .Firm("sole", "k").Firm("p", "k").Firm("q", "k").Firm("r", "raw").Firm("idle", "k")
        .Supply("sole", "big", "k", 0.9, recoveryDays: 120)
        .Supply("p", "small", "k", 0.6, recoveryDays: 40).Supply("q", "small", "k", 0.4, recoveryDays: 200)
        .Supply("r", "sole", "raw", 0.5, recoveryDays: 60);

    private static ChainImpact Analyze(RiskDatasetBuilder data, ImpactSettings? settings = null) =>
        new ImpactAnalyzer(new ChainAnalyzer(data.Build()), settings).Analyze("c");

    [Fact]
    public void Analyze_SoleSourceOfTheLargerOwner_ImpactIsOutputWeightedShareLost()
    {
        var data = Chain();

        var sole = Analyze(data).Of(data["sole"])!;

        sole.StructuralImpact.Should().BeApproximately(0.75 * 0.9, 1e-6);
        sole.Owners.Should().ContainSingle().Which.Should().Match<OwnerExposure>(o => o.SegmentId == "k" && Math.Abs(o.InputLost - 0.9) < 1e-6);
    }

    [Fact]
    public void Analyze_CoSupplierClosed_LiveSupplierMeasuredOnWhatIsStillSupplied()
    {
        var data = new RiskDatasetBuilder()
            .Segment("k", key: true).Segment("end", stage: Stage.Downstream)
            .Firm("owner", "end", SegmentRole.Owner, f => f with { AnnualOutput = 300 })
            .Firm("live", "k").Firm("gone", "k", configure: f => f with { Status = EnterpriseStatus.Closed })
            .Supply("live", "owner", "k", 0.35).Supply("gone", "owner", "k", 0.6);

        var impact = Analyze(data);

        // 0.60 of the input is already lost with the closed firm: losing the live one takes 0.35 of the 0.40 still supplied.
        var live = impact.Of(data["live"])!;
        live.Owners.Should().ContainSingle().Which.InputLost.Should().BeApproximately(0.35 / 0.40, 1e-6);
        live.StructuralImpact.Should().BeApproximately(0.875, 1e-6);
        impact.Of(data["gone"]).Should().BeNull("its supply is already lost: no impact to rank");
    }

    [Fact]
    public void Analyze_UpstreamFirm_LossCascadesThroughItsCustomer()
    {
        var data = Chain();

        var upstream = Analyze(data).Of(data["r"])!;

        // r supplies half of sole's input → sole keeps 50% → big loses 0.9 × 0.5 of k.
        upstream.StructuralImpact.Should().BeApproximately(0.75 * 0.45, 1e-6);
    }

    [Fact]
    public void Analyze_TimeToRecoverVersusTimeToSurvive_FlagsOnlyUncoveredLosses()
    {
        var data = Chain();
        var impact = Analyze(data, ImpactSettings.Default with { InventoryDays = 30, AlternateSurge = 0.5 });

        // q: loses 40% of small's k input; p surges 0.5 × 0.6 = 0.3 → net 0.1 → survives 300 days > 200 to recover.
        var q = impact.Of(data["q"])!;
        q.TimeToSurviveDays.Should().BeApproximately(300, 1e-3);
        q.TimeToRecoverDays.Should().Be(200);
        q.NeedsMitigation.Should().BeFalse();
        // sole: net 0.9 (no alternates) → survives 33 days < 120 to recover; lost output 300 × (0.9 × 120 − 30) / 365.
        var sole = impact.Of(data["sole"])!;
        sole.NeedsMitigation.Should().BeTrue();
        sole.TimeToSurviveDays.Should().BeApproximately(30 / 0.9, 1e-3);
        sole.LostOutput.Should().BeApproximately(300 * (0.9 * 120 - 30) / 365, 1e-4);
    }

    [Fact]
    public void Analyze_ExposureIndex_WorstNodeIsOneAndIdleFirmsZero()
    {
        var data = Chain();

        var impact = Analyze(data);

        impact.Enterprises.Max(e => e.ExposureIndex).Should().Be(1);
        impact.Enterprises.Should().OnlyContain(e => e.ExposureIndex >= 0 && e.ExposureIndex <= 1 && e.StructuralImpact >= 0 && e.StructuralImpact <= 1);
        var idle = impact.Of(data["idle"])!;
        idle.StructuralImpact.Should().Be(0);
        idle.Owners.Should().BeEmpty();
        idle.NeedsMitigation.Should().BeFalse();
    }

    [Fact]
    public void Analyze_OwnerItself_LosesItsOwnOutputShare()
    {
        var data = Chain();

        var owner = Analyze(data).Of(data["small"])!;

        owner.StructuralImpact.Should().BeApproximately(0.25, 1e-6);
    }

    [Fact]
    public void Analyze_MissingRecoveryDays_EstimatedFromSubstitutability()
    {
        var data = new RiskDatasetBuilder().Segment("k", key: true).Segment("end")
            .Firm("owner", "end", SegmentRole.Owner).Firm("s", "k").Supply("s", "owner", "k", 1, substitutability: 0.25);

        var s = Analyze(data).Of(data["s"])!;

        s.TimeToRecoverDays.Should().BeApproximately(20 + 160 * 0.75, 1e-6);
        s.Chokepoints.Should().Contain(c => c.En.StartsWith("sole_source") && c.Zh == "关键卡点（单一来源）");
    }
}
