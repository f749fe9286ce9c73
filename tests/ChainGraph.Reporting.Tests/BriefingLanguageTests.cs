using System.Text.RegularExpressions;
using ChainGraph.Reporting;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Tests.Chains;
using ChainGraph.Domain.Text;

namespace ChainGraph.Reporting.Tests;

/// <summary>The briefing in Chinese (default) and English: the footer says what it rests on, citations by title and 第N条.</summary>
public sealed partial class BriefingLanguageTests
{
    private static readonly DateOnly Date = new(2025, 8, 15);

    private static (ChainBriefing Briefing, ChainAnalyzer Analyzer) Build()
    {
        var dataset = new ChainDatasetBuilder()
            .Segment("raw", Stage.Upstream, key: true).Segment("part", key: true).Segment("car", Stage.Downstream)
            .Owner("owner", "car")
            .Firm("r1", "raw", "overseas").Firm("p1", "part").Firm("p2", "part")
            .Supply("r1", "p1", "raw", 1).Supply("r1", "p2", "raw", 1)
            .Supply("p1", "owner", "part", 0.9).Supply("p2", "owner", "part", 0.1)
            .Build();
        var analyzer = new ChainAnalyzer(dataset);
        return (new BriefingBuilder(analyzer, analyzer.Checklist(), Date, 42).Build("c", null), analyzer);
    }

    [Fact]
    public void Chain_Default_ChineseFooterCitesTheDraftByTitleAndArticleAndTheDataVersion()
    {
        var (briefing, analyzer) = Build();

        var html = BriefingHtml.Chain(briefing, analyzer.Index);

        html.Should().Contain("<html lang=\"zh-CN\">");
        var footer = Footer(html);
        footer.Should().Contain("《关于推动制造业高质量发展坚定不移打造制造强市的若干措施（征求意见稿）》第15条")
            .And.Contain("该文件为征求意见稿").And.Contain("数据版本 42").And.Contain("2025年8月15日");
        html.Should().Contain("政策工具（《制造强市若干措施（征求意见稿）》）");
        NoFileNumbers(html);
    }

    [Fact]
    public void ChainAndBook_English_LabelsAndFooterInEnglishWithoutChineseWords()
    {
        var (briefing, analyzer) = Build();

        var chain = BriefingHtml.Chain(briefing, analyzer.Index, Language.En);
        var book = BriefingHtml.Book([briefing], analyzer.Index, Date, 42, Language.En);

        chain.Should().Contain("<html lang=\"en\">").And.Contain("Chain security briefing").And.Contain("15 August 2025").And.Contain("data version <span class=\"version\">42</span>");
        chain.Should().Contain("<span>foreign chokepoints</span>").And.Contain("Recommended actions").And.Contain("measure 11");
        Footer(chain).Should().Contain("consultation draft").And.Contain("measure 15").And.Contain("data version 42");
        Han().IsMatch(Footer(chain)).Should().BeFalse("the English footer has no Chinese words");
        book.Should().Contain("Key chain security briefing · overview");
        NoFileNumbers(chain);
        NoFileNumbers(book);
    }

    private static string Footer(string html) => Regex.Match(html, "<footer>(.*?)</footer>").Groups[1].Value;

    private static void NoFileNumbers(string html) =>
        html.Should().NotContainAny("seed", "种子", "§", "&#167;", "004号文");

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
