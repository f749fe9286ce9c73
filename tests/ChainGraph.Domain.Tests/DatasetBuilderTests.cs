namespace ChainGraph.Domain.Tests;

public sealed class DatasetBuilderTests
{
    private static readonly Enterprise[] Firms = [Firm("A"), Firm("B")];
    private static readonly Chain[] Chains = [new("c", "链", ChainCategory.Future)];
    private static readonly Segment[] Segments = [new("s", "c", "环节", Stage.Upstream, true)];

    [Fact]
    public void Build_ConsistentTables_KeepsThemAndTheVersion()
    {
        var supplies = new SupplyColumns(1).Add(0, 1, 0, 0.5, 120, null, 30).ToTable();
        var dataset = Valid() with { Supplies = supplies, Version = 7 };

        var built = dataset.Build();

        built.Version.Should().Be(7);
        built.Enterprises.Should().Equal(Firms);
        built.Supplies.Count.Should().Be(1);
        built.Supplies.AnnualValue[0].Should().Be(120f);
        float.IsNaN(built.Supplies.Substitutability[0]).Should().BeTrue();
        built.Supplies.RecoveryDays[0].Should().Be(30);
    }

    [Fact]
    public void Build_DuplicateEnterpriseId_Throws() =>
        Invoking(Valid() with { Enterprises = [Firm("A"), Firm("A")] }).Should().Throw<InvalidDataException>().WithMessage("*enterprise id 'A' occurs twice*");

    [Fact]
    public void Build_SegmentOfUnknownChain_Throws() =>
        Invoking(Valid() with { Segments = [new("s", "x", "环节", Stage.Upstream, true)] }).Should().Throw<InvalidDataException>().WithMessage("*chain 'x'*");

    [Fact]
    public void Build_MembershipOfUnknownEnterprise_Throws() =>
        Invoking(Valid() with { Memberships = [new("Z", "s", SegmentRole.Owner)] }).Should().Throw<InvalidDataException>().WithMessage("*enterprise 'Z'*");

    [Fact]
    public void Build_LinkToUnknownSegment_Throws() =>
        Invoking(Valid() with { SegmentLinks = [new("s", "t")] }).Should().Throw<InvalidDataException>().WithMessage("*segment 't'*");

    [Fact]
    public void Build_EventOfUnknownEnterprise_Throws() =>
        Invoking(Valid() with { Events = [new("Z", new DateOnly(2024, 1, 1), EventType.Closure, 1)] }).Should().Throw<InvalidDataException>();

    [Fact]
    public void Build_SupplyRowOutOfRange_Throws() =>
        Invoking(Valid() with { Supplies = new SupplyColumns(1).Add(0, 2, 0, 0.5).ToTable() })
            .Should().Throw<InvalidDataException>().WithMessage("*customer row 2*");

    [Fact]
    public void Adopt_ColumnsOfDifferentLength_Throws() =>
        ((Action)(() => SupplyColumns.Adopt([0], [1], [0], [0.5f], [], [float.NaN], [-1]))).Should().Throw<InvalidDataException>();

    [Fact]
    public void SupplyColumns_GrowBeyondCapacity_KeepsEveryRow()
    {
        var columns = new SupplyColumns(0);
        for (var i = 0; i < 40; i++) columns.Add(i % 2, 1 - i % 2, 0, i / 100.0);

        var table = columns.ToTable();

        table.Count.Should().Be(40);
        table.Share[39].Should().Be(0.39f);
        table.Supplier[39].Should().Be(1);
    }

    private static DatasetBuilder Valid() => new() { Enterprises = Firms, Chains = Chains, Segments = Segments };

    private static Action Invoking(DatasetBuilder builder) => () => builder.Build();

    private static Enterprise Firm(string id) => new(id, "企业" + id, null, null, "CN", null, 1);
}
