using ChainGraph.Domain;
using ChainGraph.Analysis.Projects;

namespace ChainGraph.Analysis.Tests.Projects;

public sealed class ProjectBookTests
{
    private static Project P(string id, string item, string chain, ProjectStatus status, string quarter, double? investment = null) =>
        new(id, item, chain, null, "91440300100000016D", [], "目标", 100, investment, "technical-renovation", null, status, quarter);

    [Fact]
    public void ForItem_SeveralProjects_LatestQuarterThenFurthestAlongThenFirstId()
    {
        var book = new ProjectBook(
        [
            P("b", "link:nev:cell", "nev", ProjectStatus.Accepted, "2026Q2"),
            P("c", "link:nev:cell", "nev", ProjectStatus.Proposed, "2026Q3"),
            P("a", "link:nev:cell", "nev", ProjectStatus.Approved, "2026Q3"),
            P("z", "link:nev:cell", "nev", ProjectStatus.Approved, "2026Q3"),
        ]);

        book.ForItem("link:nev:cell")!.Id.Should().Be("a");
        book.ForItem("link:nev:other").Should().BeNull();
    }

    [Fact]
    public void List_ChainAndStatus_OnlyThoseByChainThenLatestQuarter()
    {
        var book = new ProjectBook(
        [
            P("ic-1", "link:ic:x", "ic", ProjectStatus.Approved, "2026Q1"),
            P("nev-1", "link:nev:x", "nev", ProjectStatus.Approved, "2026Q1"),
            P("nev-2", "link:nev:y", "nev", ProjectStatus.Approved, "2026Q4"),
            P("nev-3", "link:nev:z", "nev", ProjectStatus.Proposed, "2026Q4"),
        ]);

        book.List("nev", ProjectStatus.Approved).Select(p => p.Id).Should().Equal("nev-2", "nev-1");
        book.All.Select(p => p.Id).Should().Equal("ic-1", "nev-2", "nev-3", "nev-1");
    }

    [Fact]
    public void Investments_ItemsWhoseProjectGivesOne_WithTheLead()
    {
        var book = new ProjectBook([P("a", "link:nev:x", "nev", ProjectStatus.Approved, "2026Q3", 4800), P("b", "link:nev:y", "nev", ProjectStatus.Approved, "2026Q3")]);

        var investments = book.Investments();

        investments.Keys.Should().Equal("link:nev:x");
        (investments["link:nev:x"].InvestmentWan, investments["link:nev:x"].LeadEnterpriseId).Should().Be((4800, "91440300100000016D"));
    }

    [Theory]
    [InlineData("2026Q4", true)]
    [InlineData("2026Q0", false)]
    [InlineData("2026q4", false)]
    [InlineData("26Q4", false)]
    public void Quarter_Text_ValidOnlyAsYyyyQn(string text, bool valid) => ProjectQuarter.IsValid(text).Should().Be(valid);
}
