using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Synthetic;

namespace ChainGraph.Synthetic.Tests;

public sealed class ShenzhenPresetTests(ShenzhenSampleFixture sample) : IClassFixture<ShenzhenSampleFixture>
{
    private GeneratedFiles Files => sample.Files;

    [Fact]
    public void Generate_Seed42_PassesEveryImportRule()
    {
        ImportRuleChecker.Check(sample.Directory).Should().BeEmpty();
    }

    [Fact]
    public void Generate_Seed42_SizeWithinTarget()
    {
        var summary = sample.Dataset.Summary;

        summary.Chains.Should().Be(6);
        summary.Enterprises.Should().BeInRange(3_000, 6_000);
        summary.Supplies.Should().BeInRange(8_000, 30_000);
        summary.Events.Should().BeInRange(300, 2_000);
    }

    [Fact]
    public void Generate_Seed42_EveryIdValidCreditCodeAndUnique()
    {
        var ids = Files.Enterprises.Values("id").ToList();

        ids.Should().OnlyContain(id => CreditCode.IsValid(id)).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Generate_Seed42_NamesUniqueAndNoneIsAKnownFirm()
    {
        var names = Files.Enterprises.Values("name").ToList();

        names.Should().OnlyHaveUniqueItems();
        names.Should().NotContain(n => n.Contains("比亚迪") || n.Contains("华为") || n.Contains("ASML") || n.Contains("迈瑞"));
    }

    [Fact]
    public void Generate_Seed42_OwnersAtLeast100YiSomeOver1000()
    {
        var owners = sample.Dataset.Memberships.Where(m => m.Role == SegmentRole.Owner).Select(m => m.EnterpriseId).ToHashSet();
        var outputs = sample.Dataset.Enterprises.Where(e => owners.Contains(e.Id)).Select(e => e.AnnualOutput).ToList();

        owners.Count.Should().BeInRange(6, 24);
        outputs.Should().OnlyContain(o => o >= 100);
        outputs.Should().Contain(o => o >= 1000);
    }

    [Fact]
    public void Generate_Seed42_EveryChainHasOwnersInItsMostDownstreamSegments()
    {
        var segments = sample.Dataset.Segments.ToDictionary(s => s.Id);
        var owned = sample.Dataset.Memberships.Where(m => m.Role == SegmentRole.Owner).Select(m => segments[m.SegmentId]).ToList();

        owned.Should().OnlyContain(s => s.Stage == Stage.Downstream);
        owned.Select(s => s.ChainId).Distinct().Should().HaveCount(6);
    }

    [Fact]
    public void Generate_Seed42_ThreeToSixKeySegmentsPerChain()
    {
        var keysPerChain = sample.Dataset.Segments.GroupBy(s => s.ChainId).Select(g => g.Count(s => s.Key));

        keysPerChain.Should().OnlyContain(k => k >= 3 && k <= 6);
    }

    [Fact]
    public void Generate_Seed42_LocalShareAndOverseasShareAreClose()
    {
        var locations = sample.Dataset.Enterprises.Select(e => e.Location).ToList();

        Share(locations, Location.Local).Should().BeInRange(0.35, 0.50);
        Share(locations, Location.Overseas).Should().BeInRange(0.08, 0.30);
    }

    [Theory]
    [InlineData("ic-eda", Location.Overseas, 0.5)]
    [InlineData("ic-litho", Location.Overseas, 0.5)]
    [InlineData("nev-vehicle", Location.Local, 0.5)]
    [InlineData("terminal-device", Location.Local, 0.5)]
    public void Generate_Seed42_SegmentGeographyFollowsItsTemplate(string segment, Location dominant, double atLeast)
    {
        var locations = FirmsIn(segment).Select(e => e.Location).ToList();

        Share(locations, dominant).Should().BeGreaterThanOrEqualTo(atLeast);
    }

    [Fact]
    public void Generate_Seed42_LithiumIsMinedOutsideTheCity()
    {
        var lithium = FirmsIn("nev-lithium").ToList();

        lithium.Should().OnlyContain(e => e.Location != Location.Local);
        lithium.Should().Contain(e => e.Region == "江西" || e.Region == "青海" || e.Region == "四川");
        lithium.Should().Contain(e => e.Country == "AU" || e.Country == "CL");
    }

    [Fact]
    public void Generate_Seed42_HasSoleSourcesIncludingOneForAnOwnerInAKeySegment()
    {
        var owners = sample.Dataset.Memberships.Where(m => m.Role == SegmentRole.Owner).Select(m => m.EnterpriseId).ToHashSet();
        var keys = sample.Dataset.Segments.Where(s => s.Key).Select(s => s.Id).ToHashSet();
        var sole = sample.Dataset.Supplies.Where(s => s.Share > 0.8).ToList();

        sole.Should().NotBeEmpty();
        sole.Should().Contain(s => owners.Contains(s.CustomerId) && keys.Contains(s.SegmentId));
    }

    [Fact]
    public void Generate_Seed42_HasLocallyMissingAndWeakSegmentsButNotEverywhere()
    {
        var local = Files.LocalIds();
        var localCounts = sample.Dataset.Segments.ToDictionary(s => s.Id,
            s => sample.Dataset.Memberships.Count(m => m.SegmentId == s.Id && local.Contains(m.EnterpriseId)));

        localCounts.Values.Count(c => c == 0).Should().BeInRange(1, 12);
        localCounts.Values.Count(c => c is > 0 and < 3).Should().BeGreaterThanOrEqualTo(1);
        localCounts.Values.Count(c => c >= 3).Should().BeGreaterThan(localCounts.Count / 2);
        var missingPerChain = sample.Dataset.Segments.GroupBy(s => s.ChainId).Select(chain => chain.Count(s => localCounts[s.Id] == 0));
        missingPerChain.Should().OnlyContain(m => m >= 1 && m <= 2);
    }

    [Fact]
    public void Generate_Seed42_SuppliesAreMultiTier()
    {
        var suppliers = sample.Dataset.Supplies.Select(s => s.SupplierId).ToHashSet();
        var customers = sample.Dataset.Supplies.Select(s => s.CustomerId).ToHashSet();

        suppliers.Intersect(customers).Count().Should().BeGreaterThan(500, "mid-stream firms both buy and sell");
    }

    [Fact]
    public void Generate_Seed42_EnterpriseColumnsInRange()
    {
        var firms = sample.Dataset.Enterprises;

        firms.Select(e => e.RdRatio!.Value).Should().OnlyContain(r => r >= 0 && r <= 1);
        firms.Select(e => e.MarketShare!.Value).Should().OnlyContain(m => m >= 0 && m <= 1);
        firms.Select(e => e.EnergyPerOutput!.Value).Should().OnlyContain(x => x > 0 && x <= 1.5);
        firms.Should().OnlyContain(e => e.Employees > 0 && e.Founded < GenerationDates.AsOf && (e.District == null) == (e.Location != Location.Local));
        Share(sample.Dataset.Enterprises.Select(e => e.Status).ToList(), EnterpriseStatus.Active).Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void Generate_Seed42_EveryEventTypeOccursAndSanctionsHitExposedFirms()
    {
        var types = Files.Events.Values("type").ToHashSet();
        var sanctioned = Files.Events.Rows.Where(r => r[2] == "sanction").Select(r => r[0]).ToHashSet();
        var countries = Files.Enterprises.Rows.ToDictionary(r => r[0], r => r[4]);

        types.Should().HaveCount(6);
        sanctioned.Count(id => countries[id] is "US" or "NL" or "JP").Should().BeGreaterThan(sanctioned.Count / 2);
    }

    [Fact]
    public void Generate_Seed42_AnnualValuesAndDatesParse()
    {
        var s = Files.Supplies;

        s.Values("annual_value").Should().OnlyContain(v => double.Parse(v, CultureInfo.InvariantCulture) > 0);
        s.Values("since").Should().OnlyContain(v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture) <= GenerationDates.AsOf);
    }

    private IEnumerable<Enterprise> FirmsIn(string segment)
    {
        var ids = sample.Dataset.Memberships.Where(m => m.SegmentId == segment).Select(m => m.EnterpriseId).ToHashSet();
        return sample.Dataset.Enterprises.Where(e => ids.Contains(e.Id));
    }

    private static double Share<T>(IReadOnlyList<T> values, T value) => values.Count(v => Equals(v, value)) / (double)values.Count;
}
