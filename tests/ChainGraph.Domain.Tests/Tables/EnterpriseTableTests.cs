using ChainGraph.Domain.Tables;

namespace ChainGraph.Domain.Tests.Tables;

public sealed class EnterpriseTableTests
{
    // Random firms with every optional field sometimes missing, Chinese and empty names, places inside and outside the city.
    private static List<Enterprise> RandomFirms(int count, int seed)
    {
        var random = new Random(seed);
        T? Maybe<T>(T value) where T : struct => random.Next(4) == 0 ? null : value;
        string?[] districts = [null, "南山区", "福田区", "宝安区"];
        (string? Region, string? City, string Country)[] outside =
            [("广东", "东莞", "CN"), ("广东", "广州", "CN"), ("江苏", null, "CN"), (null, null, "DE"), (null, null, "JP")];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var district = districts[random.Next(districts.Length)];
            var place = district is null ? outside[random.Next(outside.Length)] : (null, null, "CN");
            return new Enterprise($"91440300{i:D10}", i % 7 == 0 ? "" : $"企业{i}·Ünïcode", district, place.Region, place.Country,
                random.Next(3) == 0 ? null : $"C{random.Next(30, 42)}", random.NextDouble() * 100, Maybe(random.NextDouble() * 90),
                Maybe(random.NextDouble()), Maybe(random.Next(1, 5000)), Maybe(random.NextDouble() * 0.2), Maybe(random.NextDouble()),
                Maybe(random.NextDouble()), Maybe(DateOnly.FromDayNumber(random.Next(700_000, 739_000))),
                (EnterpriseLabels)random.Next(0, 16), (EnterpriseStatus)random.Next(0, 4), place.City,
                (ComplianceFlags)random.Next(0, 4), Maybe(random.NextDouble() * 300));
        })];
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2_000, 3)]
    public void From_RandomFirms_GivesEveryRecordBackEqual(int count, int seed)
    {
        var firms = RandomFirms(count, seed);

        var table = EnterpriseTable.From(firms);

        table.Count.Should().Be(count);
        table.Should().Equal(firms);
        for (var row = 0; row < count; row++)
        {
            table.RowOf(firms[row].Id).Should().Be(row);
            table.Id(row).Should().Be(firms[row].Id);
            table.Name(row).Should().Be(firms[row].Name);
            table.Output(row).Should().Be(firms[row].AnnualOutput);
            table.Status(row).Should().Be(firms[row].Status);
            table.Labels(row).Should().Be(firms[row].Labels);
            table.Founded(row).Should().Be(firms[row].Founded);
            table.Tier(row).Should().Be(firms[row].Tier);
            table.Location(row).Should().Be(firms[row].Location);
            table.District[row].Should().Be(firms[row].District);
        }
    }

    [Fact]
    public void Locations_AnotherRing_ClassifiesAsGeographyDoes()
    {
        var firms = RandomFirms(500, 4);
        string[] ring = ["广州"];

        var locations = EnterpriseTable.From(firms).Locations(ring);

        locations.Should().Equal(firms.Select(e => Geography.Classify(e.District, e.Region, e.Country, e.City, ring)));
    }

    [Fact]
    public void RowOf_UnknownOrNearMissIds_IsMinusOne()
    {
        var table = EnterpriseTable.From(RandomFirms(300, 5));

        table.RowOf("nope").Should().Be(-1);
        table.RowOf("").Should().Be(-1);
        table.RowOf("91440300000000000").Should().Be(-1);
        table.RowOf("914403000000000000").Should().Be(0);
        table.RowOf(new string('长', 400)).Should().Be(-1);
    }

    [Fact]
    public void New_DuplicateId_NamesIt()
    {
        var firms = RandomFirms(10, 6);
        firms.Add(firms[3] with { Name = "another" });

        FluentActions.Invoking(() => EnterpriseTable.From(firms)).Should().Throw<InvalidDataException>()
            .WithMessage($"*enterprise id '{firms[3].Id}' occurs twice*");
    }

    [Fact]
    public void New_ColumnsOfDifferentLengths_AreRefused()
    {
        var columns = EnterpriseColumns.From(RandomFirms(5, 7));

        FluentActions.Invoking(() => new EnterpriseTable(columns with { Output = [1, 2] })).Should().Throw<InvalidDataException>()
            .WithMessage("*differ in length*");
        FluentActions.Invoking(() => new EnterpriseTable(columns with { Status = [0, 1, 2, 3, 9] })).Should().Throw<InvalidDataException>()
            .WithMessage("*9 is not an enterprise status*");
    }

    [Fact]
    public void Utf8Texts_OffsetsThatDoNotSpanTheBlob_AreRefused()
    {
        FluentActions.Invoking(() => new Utf8Texts([0, 3], [1, 2])).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => new Utf8Texts([0, 2, 1, 2], [1, 2])).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => new Utf8Texts([], [])).Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void CodedTexts_CodeOutsideItsValues_IsRefused() =>
        FluentActions.Invoking(() => new CodedTexts(["a"], [0, 1])).Should().Throw<InvalidDataException>();

    [Theory]
    [InlineData(0, 11)]
    [InlineData(3_000, 12)]
    public void Builders_FromUtf8Bytes_EqualTheColumnsMadeFromStrings(int count, int seed)
    {
        var firms = RandomFirms(count, seed);
        var places = firms.Select((f, i) => i % 97 == 0 ? new string('长', 70 + i % 5) : f.District).ToList();
        var (names, coded, fromStrings) = (new Utf8TextsBuilder(), new CodedTextsBuilder(), new CodedTextsBuilder(count));

        for (var i = 0; i < count; i++)
        {
            names.Add(System.Text.Encoding.UTF8.GetBytes(firms[i].Name));
            if (places[i] is { } place) coded.Add(System.Text.Encoding.UTF8.GetBytes(place));
            else coded.AddMissing();
            fromStrings.Add(places[i]);
        }

        names.Build().Should().Equal(firms.Select(f => f.Name));
        var (built, expected) = (coded.Build(), CodedTexts.From(places));
        built.Values.Should().Equal(expected.Values);
        built.Codes.ToArray().Should().Equal(expected.Codes.ToArray());
        fromStrings.Build().Codes.ToArray().Should().Equal(expected.Codes.ToArray());
        Enumerable.Range(0, count).Select(i => built[i]).Should().Equal(places);
    }

    [Fact]
    public void MembershipTable_FromRecords_KeepsRowsAndGivesRecordsBack()
    {
        var firms = EnterpriseTable.From(RandomFirms(20, 8));
        Segment[] segments = [new("s1", "c", "一", Stage.Upstream, true), new("s2", "c", "二", Stage.Midstream, false)];
        EnterpriseSegment[] rows = [new(firms.Id(3), "s2", SegmentRole.Owner), new(firms.Id(0), "s1", SegmentRole.Supplier)];

        var table = MembershipTable.From(rows, firms, segments);

        table.Should().Equal(rows);
        (table.Enterprise(0), table.Segment(0), table.Role(0)).Should().Be((3, 1, SegmentRole.Owner));
        FluentActions.Invoking(() => new MembershipTable([0], [2], [SegmentRole.Core], firms, segments))
            .Should().Throw<InvalidDataException>().WithMessage("*segment row 2*");
        FluentActions.Invoking(() => MembershipTable.From([new("x", "s1", SegmentRole.Core)], firms, segments))
            .Should().Throw<InvalidDataException>().WithMessage("*enterprise 'x'*");
    }
}
