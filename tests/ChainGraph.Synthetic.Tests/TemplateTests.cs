using ChainGraph.Domain;
using ChainGraph.Synthetic;

namespace ChainGraph.Synthetic.Tests;

public sealed class TemplateTests
{
    [Fact]
    public void PlaceCatalog_CoversEveryDistrictAndOnlyKnownRegions()
    {
        PlaceCatalog.CoversGeography().Should().BeTrue();
    }

    [Fact]
    public void ChainTemplates_RegionsAndCountriesAreKnown()
    {
        var mixes = ChainTemplates.All.SelectMany(c => c.Segments).Select(s => s.Mix).ToList();

        mixes.SelectMany(m => m.Regions).Should().OnlyContain(r => Geography.IsRegion(r.Name));
        mixes.SelectMany(m => m.Countries).Should().OnlyContain(c => Geography.IsCountryCode(c.Name) && c.Name != "CN" && c.Name != "TW");
    }

    [Fact]
    public void ChainTemplates_SixToTwelveSegmentsPerChainWithIndustryCodes()
    {
        ChainTemplates.All.Should().HaveCount(6);
        ChainTemplates.All.Should().OnlyContain(c => c.Segments.Count >= 6 && c.Segments.Count <= 12);
        ChainTemplates.All.SelectMany(c => c.Segments).Should().OnlyContain(s => s.IndustryCode.Length == 5 && char.IsAsciiLetterUpper(s.IndustryCode[0]));
    }

    [Fact]
    public void CrossMemberships_JoinDifferentChains()
    {
        var chainOf = ChainTemplates.All.SelectMany(c => c.Segments).ToDictionary(s => s.Id, s => s.ChainId);

        ChainTemplates.CrossMemberships.Should().OnlyContain(x => chainOf[x.FromSegmentId] != chainOf[x.ToSegmentId]);
    }

    [Fact]
    public void SpendFraction_SplitsTheBuyersInputRatioOverWhatFeedsIt()
    {
        var graph = new TemplateGraph(ChainTemplates.All);
        var device = graph.IndexOf("terminal-device");

        graph.Inputs(device).Select(i => graph.Segments[i].Id).Should().BeEquivalentTo(["terminal-ems", "terminal-os"]);
        graph.Inputs(device).Sum(i => graph.SpendFraction(device, i)).Should().BeApproximately(graph.Segments[device].Profile.InputRatio, 1e-12);
        graph.SpendFraction(device, graph.IndexOf("terminal-ems")).Should().BeGreaterThan(graph.SpendFraction(device, graph.IndexOf("terminal-os")));
        graph.SpendFraction(device, graph.IndexOf("terminal-memory")).Should().Be(0, "a device maker buys memory through its EMS");
    }
}
