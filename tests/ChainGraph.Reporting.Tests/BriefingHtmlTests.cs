using ChainGraph.Reporting;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Tests.Chains;

namespace ChainGraph.Reporting.Tests;

public sealed class BriefingHtmlTests
{
    private const string Hostile = "<script>alert('x')</script>&\"株式会社";
    private static readonly DateOnly Date = new(2025, 8, 15);

    private static ChainDatasetBuilder Chain(string overseasName = "r1") => new ChainDatasetBuilder()
        .Segment("raw", Stage.Upstream, key: true).Segment("part", key: true).Segment("car", Stage.Downstream)
        .Owner("owner", "car")
        .Firm(overseasName, "raw", "overseas").Firm("p1", "part").Firm("p2", "part")
        .Supply(overseasName, "p1", "raw", 1).Supply(overseasName, "p2", "raw", 1)
        .Supply("p1", "owner", "part", 0.9).Supply("p2", "owner", "part", 0.1);

    private static (ChainBriefing Briefing, ChainAnalyzer Analyzer) Build(Dataset dataset, PreviousChecklist? previous = null)
    {
        var analyzer = new ChainAnalyzer(dataset);
        return (new BriefingBuilder(analyzer, analyzer.Checklist(), Date, 42).Build("c", previous), analyzer);
    }

    [Fact]
    public void Chain_SampleChain_ShowsHealthFiguresChokepointsAndActions()
    {
        var (briefing, analyzer) = Build(Chain().Build());

        var html = BriefingHtml.Chain(briefing, analyzer.Index);

        html.Should().Contain("产业链安全简报").And.Contain("测试链").And.Contain("2025年8月15日").And.Contain("2025-Q3").And.Contain("数据版本 <span class=\"version\">42</span>");
        html.Should().Contain("<li data-figure=\"foreign\"><b>1</b> <span>卡脖子</span></li>");
        html.Should().Contain("三首 第11条").And.Contain("稳链");
        html.Should().Contain("暂无上季度清单可比较");
        html.Should().Contain("<svg").And.NotContain("<script");
        briefing.Health.Should().NotBe(HealthGrade.Sound);
    }

    [Fact]
    public void Chain_HostileEnterpriseName_IsEscapedInHtmlAndSvg()
    {
        var (briefing, analyzer) = Build(Chain(Hostile).Build());

        var html = BriefingHtml.Chain(briefing, analyzer.Index);

        html.Should().NotContain("<script").And.NotContain("alert('x')");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;株式会社");
    }

    [Fact]
    public void ChainMapSvg_HostileSegmentName_IsEscaped()
    {
        var dataset = new ChainDatasetBuilder().Segment("<b onload=x>").Segment("car", Stage.Downstream).Owner("owner", "car").Build();
        var (briefing, analyzer) = Build(dataset);

        var svg = ChainMapSvg.Render(briefing, analyzer.Index);

        svg.Should().StartWith("<svg").And.EndWith("</svg>").And.NotContain("<b ").And.Contain("&lt;b");
        svg.Should().Contain("缺失");
    }

    [Fact]
    public void Chain_PreviousQuarter_ListsNewAndResolvedItems()
    {
        var previous = new PreviousChecklist("2025-Q2", [new PreviousItem("link:c:gone", 0.5)]);
        var (briefing, analyzer) = Build(Chain().Build(), previous);

        var html = BriefingHtml.Chain(briefing, analyzer.Index);

        briefing.Review!.Of(ChangeKind.Resolved).Should().ContainSingle(c => c.Id == "link:c:gone");
        briefing.Review.Of(ChangeKind.New).Should().NotBeEmpty();
        html.Should().Contain("对比 2025-Q2").And.Contain("已解决 <b>1</b> 项");
    }

    [Fact]
    public void Book_TwoChains_CoverThenOnePagePerChain()
    {
        var (briefing, analyzer) = Build(Chain().Build());

        var html = BriefingHtml.Book([briefing, briefing], analyzer.Index, Date, 42);

        html.Should().Contain("重点产业链安全简报 · 总览");
        html.Split("<section class=\"page\">").Should().HaveCount(3);
    }

    [Fact]
    public void BarChartSvg_HostileLabel_IsEscapedAndScaled()
    {
        var svg = BarChartSvg.Render([new("<i>", 4, "#000"), new("b", 2, "#000")]);

        svg.Should().Contain("&lt;i&gt;").And.NotContain("<i>").And.Contain("width=\"216\"").And.Contain("width=\"108\"");
    }
}
