using ChainGraph.Analysis.Domain;

namespace ChainGraph.Analysis.Tests.Domain;

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
    [InlineData(99.9, DengfengTier.None)]
    [InlineData(100, DengfengTier.Over100)]
    [InlineData(999, DengfengTier.Over500)]
    [InlineData(1000, DengfengTier.Over1000)]
    public void DengfengTier_ByOutput(double output, DengfengTier tier) => DengfengTiers.Of(output).Should().Be(tier);
}
