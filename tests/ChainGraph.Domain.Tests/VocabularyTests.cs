using ChainGraph.Domain;

namespace ChainGraph.Domain.Tests;

public sealed class VocabularyTests
{
    [Fact]
    public void Word_EnumValues_SnakeAndKebabCase()
    {
        Vocabulary.Word(EventType.CapacityCut).Should().Be("capacity_cut");
        Vocabulary.Word(ChainCategory.StrategicEmerging).Should().Be("strategic-emerging");
    }

    [Theory]
    [InlineData("capacity_cut", true)]
    [InlineData("CAPACITY-CUT", true)]
    [InlineData("3", false)]
    [InlineData("capacity", false)]
    public void TryParse_Words_AcceptsOnlyNames(string text, bool ok) => Vocabulary.TryParse<EventType>(text, out _).Should().Be(ok);

    [Fact]
    public void Labels_RoundTrip()
    {
        var labels = EnterpriseLabels.Listed | EnterpriseLabels.LittleGiant | EnterpriseLabels.HqLocal;

        Vocabulary.TryParseLabels(Vocabulary.FormatLabels(labels), out var parsed).Should().BeNull();

        parsed.Should().Be(labels);
        Vocabulary.TryParseLabels("listed;famous", out _).Should().Be("famous");
    }

    [Theory]
    [InlineData("南山", null, "CN", Location.Local)]
    [InlineData(null, "广东", "CN", Location.Province)]
    [InlineData(null, "江西", "CN", Location.Country)]
    [InlineData(null, null, "JP", Location.Overseas)]
    public void Classify_Places_SplitsLocalProvinceCountryOverseas(string? district, string? region, string country, Location expected) =>
        Geography.Classify(district, region, country).Should().Be(expected);

    [Theory]
    [InlineData(null, "广东", "CN", "东莞", Location.Metro)]
    [InlineData(null, "广东", "CN", "汕尾", Location.Metro)]
    [InlineData(null, "广东", "CN", "广州", Location.Province)]
    [InlineData(null, "江苏", "CN", "苏州", Location.Country)]
    [InlineData("宝安", "广东", "CN", null, Location.Local)]
    [InlineData(null, null, "KR", null, Location.Overseas)]
    public void Classify_DefaultRing_MetroOnlyForTheRingCities(string? district, string? region, string country, string? city, Location expected)
    {
        Geography.Classify(district, region, country, city, Geography.MetroRing).Should().Be(expected);
        new Enterprise("x", "x", district, region, country, null, 1, City: city).Location.Should().Be(expected);
    }

    [Fact]
    public void Classify_OtherRing_FollowsTheRingAndNoRingMeansNoMetro()
    {
        Geography.Classify(null, "广东", "CN", "东莞", ["广州"]).Should().Be(Location.Province);
        Geography.Classify(null, "广东", "CN", "广州", ["广州"]).Should().Be(Location.Metro);
        Geography.Classify(null, "广东", "CN").Should().Be(Location.Province);
    }

    [Fact]
    public void Compliance_RoundTripAndUnknownWordsNamed()
    {
        var flags = ComplianceFlags.SafetyHazard | ComplianceFlags.WageArrears | ComplianceFlags.BannedCapacity;

        Vocabulary.TryParseCompliance(Vocabulary.FormatCompliance(flags), out var parsed).Should().BeNull();

        parsed.Should().Be(flags);
        Vocabulary.FormatCompliance(flags).Should().Be("safety_hazard;wage_arrears;banned_capacity");
        Vocabulary.ComplianceWordList.Should().Be("safety_hazard;unlicensed;wage_arrears;banned_capacity");
        Vocabulary.TryParseCompliance("unlicensed;smuggling", out _).Should().Be("smuggling");
        Vocabulary.TryParseCompliance("none", out _).Should().Be("none");
    }

    [Theory]
    [InlineData(99.9, DengfengTier.None)]
    [InlineData(100, DengfengTier.Over100)]
    [InlineData(999, DengfengTier.Over500)]
    [InlineData(1000, DengfengTier.Over1000)]
    public void DengfengTier_ByOutput(double output, DengfengTier tier) => DengfengTiers.Of(output).Should().Be(tier);
}
