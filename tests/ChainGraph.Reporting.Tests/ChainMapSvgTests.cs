using System.Globalization;
using System.Xml.Linq;
using ChainGraph.Reporting;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Tests.Chains;
using ChainGraph.Domain.Text;

namespace ChainGraph.Reporting.Tests;

public sealed class ChainMapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>raw → part → car, with a missing segment "glass" feeding car and an overseas sole source of raw.</summary>
    private static Dataset Chain() => new ChainDatasetBuilder()
        .Segment("raw", Stage.Upstream, key: true).Segment("glass", Stage.Upstream).Segment("part", key: true).Segment("car", Stage.Downstream)
        .Link("raw", "part").Link("part", "car").Link("glass", "car")
        .Owner("深圳凌锦汽车集团股份有限公司", "car")
        .Firm("r1", "raw", "overseas").Firm("g1", "glass", "country").Firm("p1", "part").Firm("p2", "part", "province")
        .Supply("r1", "p1", "raw", 1).Supply("r1", "p2", "raw", 1).Supply("g1", "深圳凌锦汽车集团股份有限公司", "glass", 1)
        .Supply("p1", "深圳凌锦汽车集团股份有限公司", "part", 0.9).Supply("p2", "深圳凌锦汽车集团股份有限公司", "part", 0.1)
        .Build();

    private static XElement Render(Dataset dataset)
    {
        var analyzer = new ChainAnalyzer(dataset);
        var briefing = new BriefingBuilder(analyzer, analyzer.Checklist(), new DateOnly(2025, 8, 15), 1).Build("c", null);
        return XElement.Parse(ChainMapSvg.Render(briefing, analyzer.Index));
    }

    private static double Number(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Render_Chain_OneBlockPerSegmentOneArrowPerLink()
    {
        var svg = Render(Chain());

        svg.Descendants(Svg + "g").Select(g => g.Attribute("data-segment")?.Value).Should().BeEquivalentTo(["raw", "glass", "part", "car"]);
        svg.Descendants(Svg + "path").Count(p => p.Attribute("marker-end") is not null).Should().Be(3);
    }

    [Fact]
    public void Render_Chain_BlocksDoNotOverlapAndStayInsideTheImage()
    {
        var svg = Render(Chain());
        var width = Number(svg, "width");
        var height = Number(svg, "height");

        var boxes = svg.Descendants(Svg + "g").Select(g => g.Element(Svg + "rect")!)
            .Select(r => (X: Number(r, "x"), Y: Number(r, "y"), W: Number(r, "width"), H: Number(r, "height"))).ToList();

        boxes.Should().OnlyContain(b => b.X >= 0 && b.Y >= 0 && b.X + b.W <= width && b.Y + b.H <= height);
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                (a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H).Should().BeFalse($"blocks {i} and {j} overlap");
            }
    }

    [Fact]
    public void Render_Chain_ArrowsRunFromSupplierBlockToCustomerBlockRightwards()
    {
        var svg = Render(Chain());
        var left = svg.Descendants(Svg + "g").ToDictionary(g => g.Attribute("data-segment")!.Value, g => Number(g.Element(Svg + "rect")!, "x"));

        left["raw"].Should().BeLessThan(left["part"]);
        left["part"].Should().BeLessThan(left["car"]);
        left["glass"].Should().Be(left["part"], "glass feeds car directly, so it sits in the column just before car");
    }

    [Fact]
    public void Render_Chain_BlocksNameTheOwnerAndKeySegmentsInLegibleText()
    {
        var svg = Render(Chain());

        Text(svg, "car").Should().Contain("链主 凌锦汽车");
        Text(svg, "raw").Should().Contain("★raw").And.Contain("家");
        svg.Descendants(Svg + "text").Should().OnlyContain(t => t.Attribute("font-size") == null || Number(t, "font-size") >= 10);
        svg.ToString().Should().NotContain("seed").And.NotContain("§");
    }

    [Fact]
    public void Render_AllItemsGiven_EachBlockShowsItsMostSevereItemAndLevel()
    {
        var analyzer = new ChainAnalyzer(Chain());
        var items = analyzer.Checklist();
        var briefing = new BriefingBuilder(analyzer, items, new DateOnly(2025, 8, 15), 1).Build("c", null);

        var svg = XElement.Parse(ChainMapSvg.Render(briefing, analyzer.Index, chainItems: items));

        items.Should().NotBeEmpty();
        foreach (var top in items.Where(i => i.SegmentId is not null).GroupBy(i => i.SegmentId!).Select(g => g.OrderByDescending(i => i.Level).ThenByDescending(i => i.Severity).First()))
            Text(svg, top.SegmentId!).Should().Contain($"{Kind(top.Type)}·{BriefingVocabulary.Chinese(top.Level)}", $"the most severe item of {top.SegmentId} is {top.Type} {top.Level}");
    }

    [Fact]
    public void Render_MissingLinkWithoutItem_MarkedMissingWithoutLevel()
    {
        var analyzer = new ChainAnalyzer(Chain());
        var briefing = new BriefingBuilder(analyzer, analyzer.Checklist(), new DateOnly(2025, 8, 15), 1).Build("c", null);

        var svg = XElement.Parse(ChainMapSvg.Render(briefing, analyzer.Index, chainItems: []));

        briefing.Links.Should().Contain(l => l.Segment.Id == "glass" && l.Kind == LinkKind.Missing);
        Text(svg, "glass").Should().Contain("缺失").And.NotContain("·");
    }

    [Fact]
    public void Render_English_BlocksAndLegendInEnglish()
    {
        var analyzer = new ChainAnalyzer(Chain());
        var briefing = new BriefingBuilder(analyzer, analyzer.Checklist(), new DateOnly(2025, 8, 15), 1).Build("c", null);

        // As the briefing draws it: every item of the chain (glass's missing item ranks below the briefing's action rows).
        var svg = XElement.Parse(ChainMapSvg.Render(briefing, analyzer.Index, Language.En, briefing.Items));

        Text(svg, "car").Should().Contain("owner 凌锦汽车").And.NotContain("家");
        Text(svg, "glass").Should().MatchRegex("missing·[CHML]");
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain(v => v.StartsWith("upstream → downstream", StringComparison.Ordinal)).And.Contain("metro ring").And.Contain(v => v.Contains("numbers: firms", StringComparison.Ordinal));
    }

    private static string Text(XElement svg, string segment) =>
        string.Concat(svg.Descendants(Svg + "g").Single(g => g.Attribute("data-segment")!.Value == segment).Descendants(Svg + "text").Select(t => t.Value + " "));

    private static string Kind(ChecklistItemType type) => type switch
    {
        ChecklistItemType.Missing => "缺失",
        ChecklistItemType.Weak => "薄弱",
        ChecklistItemType.ForeignChokepoint => "卡脖子",
        ChecklistItemType.Chokepoint => "卡点",
        _ => "单一来源",
    };

    [Fact]
    public void Render_FirmCounts_SumToTheSegmentsFirms()
    {
        var svg = Render(Chain());

        var part = svg.Descendants(Svg + "g").Single(g => g.Attribute("data-segment")!.Value == "part");
        var counts = part.Descendants(Svg + "tspan").Where(t => int.TryParse(t.Value, out _)).Select(t => int.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();

        counts.Should().HaveCount(4).And.Equal(1, 0, 1, 0);
    }

    [Theory]
    [InlineData("深圳凌锦汽车集团股份有限公司", "凌锦汽车")]
    [InlineData("深圳市瑞天新能源科技有限公司", "瑞天新能源科技")]
    [InlineData("和峰功率半导体(深圳)有限公司", "和峰功率半导体(深圳)")]
    [InlineData("Terovos Semiconductor Technologies, Inc.", "Terovos Semiconductor Technologies")]
    [InlineData("深圳", "深圳")]
    public void Short_CompanyNames_DropCityPrefixAndCompanyForm(string name, string expected) =>
        ChainMapSvg.Short(name).Should().Be(expected);
}
