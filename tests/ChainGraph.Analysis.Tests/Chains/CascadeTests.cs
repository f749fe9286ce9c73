using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Chains;

public sealed class CascadeTests
{
    // The assembler buys "part" from p1 (0.5) and p2 (0.3; 0.2 unrecorded) and "raw" from r1 (0.9).
    private static ChainDatasetBuilder Network() => new ChainDatasetBuilder()
        .Segment("raw", Stage.Upstream).Segment("part").Segment("car", Stage.Downstream)
        .Owner("assembler", "car")
        .Firm("r1", "raw").Firm("p1", "part").Firm("p2", "part")
        .Supply("p1", "assembler", "part", 0.5).Supply("p2", "assembler", "part", 0.3).Supply("r1", "assembler", "raw", 0.9);

    [Fact]
    public void Availability_PartlyAvailableSuppliers_ScarcestInputSharesTheirLoss()
    {
        var data = Network();
        var cascade = new Cascade(data.Build());
        var availability = Availabilities(data, ("p1", 0.0), ("p2", 0.5), ("r1", 0.8));

        // part loses 0.5 × 1 + 0.3 × 0.5 = 0.65, raw 0.9 × 0.2 = 0.18: the assembler keeps 0.35.
        cascade.Availability(data["assembler"], availability).Should().BeApproximately(0.35, 1e-6);
    }

    [Fact]
    public void Availability_LossAboveOne_CappedAtNothingLeft()
    {
        var data = new ChainDatasetBuilder().Segment("part").Segment("car").Owner("a", "car").Firm("p1", "part").Firm("p2", "part")
            .Supply("p1", "a", "part", 0.6).Supply("p2", "a", "part", 0.4);
        var cascade = new Cascade(data.Build());
        var availability = Availabilities(data, ("p1", -1.0), ("p2", 0.0));

        cascade.Availability(data["a"], availability).Should().Be(0);
    }

    [Fact]
    public void GroupsOf_Customer_OneGroupPerSegmentWithItsRows()
    {
        var data = Network();
        var dataset = data.Build();
        var cascade = new Cascade(dataset);

        var groups = cascade.GroupsOf(data["assembler"]).ToList();

        groups.Should().HaveCount(2);
        var suppliers = groups.Select(g => Enumerable.Range(g.From, g.To - g.From).Select(i => dataset.Supplies.Supplier[cascade.Row(i)]).Order().ToArray());
        suppliers.Should().BeEquivalentTo([new[] { data["r1"] }, new[] { data["p1"], data["p2"] }.Order().ToArray()]);
        cascade.HasInputs(data["assembler"]).Should().BeTrue();
        cascade.HasInputs(data["p1"]).Should().BeFalse();
    }

    [Fact]
    public void InputLoss_AllSuppliersAvailable_Zero()
    {
        var data = Network();
        var cascade = new Cascade(data.Build());
        var availability = Availabilities(data);

        cascade.GroupsOf(data["assembler"]).Select(g => cascade.InputLoss(g.From, g.To, availability)).Should().AllSatisfy(l => l.Should().Be(0));
        cascade.Availability(data["assembler"], availability).Should().Be(1);
    }

    private static double[] Availabilities(ChainDatasetBuilder data, params (string Firm, double Availability)[] set)
    {
        var availability = Enumerable.Repeat(1.0, data.Build().Enterprises.Count).ToArray();
        foreach (var (firm, a) in set) availability[data[firm]] = a;
        return availability;
    }
}
