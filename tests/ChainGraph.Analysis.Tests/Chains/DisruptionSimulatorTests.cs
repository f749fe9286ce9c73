using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Chains;

public sealed class DisruptionSimulatorTests
{
    private static ChainDatasetBuilder Chain() => new ChainDatasetBuilder()
        .Segment("raw", Stage.Upstream, key: true).Segment("part").Segment("car", Stage.Downstream)
        .Owner("owner", "car")
        .Firm("r1", "raw", "overseas").Firm("r2", "raw").Firm("p1", "part").Firm("p2", "part")
        .Supply("r1", "p1", "raw", 0.5).Supply("r2", "p1", "raw", 0.5).Supply("r1", "p2", "raw", 1.0)
        .Supply("p1", "owner", "part", 0.6).Supply("p2", "owner", "part", 0.4);

    [Fact]
    public void Simulate_RemoveDirectSupplier_LosesItsShare()
    {
        var data = Chain();
        var simulator = new DisruptionSimulator(new ChainIndex(data.Build()));

        var impact = simulator.Simulate([data["p2"]]);

        var owner = impact.Owners.Single();
        owner.Availability.Should().BeApproximately(0.6, 1e-6);
        owner.Losses.Single().Should().Match<SegmentLoss>(l => Math.Abs(l.Direct - 0.4) < 1e-6 && Math.Abs(l.Cascade - 0.4) < 1e-6);
    }

    [Fact]
    public void Simulate_RemoveUpstreamFirm_CascadesThroughBothParts()
    {
        var data = Chain();
        var simulator = new DisruptionSimulator(new ChainIndex(data.Build()));

        var impact = simulator.Simulate(simulator.Resolve(new Disruption([], Country: "JP")));

        // p1 keeps half its raw input, p2 none: the owner keeps 0.6 × 0.5 of its parts.
        impact.Removed.Should().Equal(data["r1"]);
        var owner = impact.Owners.Single();
        owner.Availability.Should().BeApproximately(0.3, 1e-6);
        owner.Losses.Single().Direct.Should().Be(0);
        owner.Losses.Single().Cascade.Should().BeApproximately(0.7, 1e-6);
    }

    [Fact]
    public void Propagate_CyclicSupply_ConvergesWithinBounds()
    {
        var data = new ChainDatasetBuilder().Segment("a").Segment("b").Owner("owner", "b").Firm("x", "a").Firm("y", "a").Firm("z", "a")
            .Supply("x", "y", "a", 0.5).Supply("y", "x", "a", 0.5).Supply("z", "x", "a", 0.5).Supply("x", "owner", "a", 1);
        var simulator = new DisruptionSimulator(new ChainIndex(data.Build()));

        var availability = simulator.Propagate([data["z"]]);

        availability.Should().OnlyContain(a => a >= 0 && a <= 1);
        availability[data["owner"]].Should().BeLessThan(1).And.BeGreaterThan(0);
    }

    [Fact]
    public void Curve_MoreRemovedNeverHelpsOnAverage()
    {
        var data = Chain();
        var index = new ChainIndex(data.Build());
        var simulator = new DisruptionSimulator(index);

        var curve = Resilience.Curve(index, simulator, "c", [.. Enumerable.Repeat(0.0, index.Dataset.Enterprises.Count)], steps: 4, maxFraction: 1, runs: 50);

        curve[0].RandomRemoval.Should().Be(1);
        curve[^1].TargetedRemoval.Should().Be(0);
        curve.Select(p => p.TargetedRemoval).Should().BeInDescendingOrder();
    }
}
