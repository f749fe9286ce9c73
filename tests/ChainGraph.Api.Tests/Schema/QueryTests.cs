using System.Text.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>Every query field on the bundled sample.</summary>
public sealed class QueryTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    [Fact]
    public async Task Chain_MapOfNev_SegmentsInOrderWithSplitsAndOwners()
    {
        var data = Data(await Run(api, """
            { chain(id: "nev") { name segments { id position } owners { id name annualOutput tier }
              map { segments { segment { name key } enterpriseCount { local overseas total } supplyShare { local overseas total } members { role enterprise { id } } } }
              links { kind segment { id } reasons } } }
            """));

        var chain = data.GetProperty("chain");
        chain.GetProperty("name").GetString().Should().Be("新能源汽车");
        chain.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("position").GetInt32()).Should().BeInAscendingOrder();
        chain.GetProperty("owners").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(o => o.GetProperty("annualOutput").GetDouble() >= 100);
        var segments = chain.GetProperty("map").GetProperty("segments").EnumerateArray().ToList();
        segments.Should().OnlyContain(s => Math.Abs(s.GetProperty("supplyShare").GetProperty("total").GetDouble() - 1) < 1e-6 || s.GetProperty("supplyShare").GetProperty("total").GetDouble() == 0);
        chain.GetProperty("links").EnumerateArray().Should().Contain(l => l.GetProperty("kind").GetString() == "MISSING");
    }

    [Fact]
    public async Task Enterprises_FilterAndPaginate_PagesAreDisjointAndCountsAgree()
    {
        const string query = """
            query($after: String) { enterprises(where: { chainId: "nev", location: OVERSEAS }, orderBy: [{ field: NAME }], first: 5, after: $after) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id name location chains { id } } } }
            """;
        var first = Data(await Run(api, query)).GetProperty("enterprises");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = Data(await Run(api, query, new { after = cursor })).GetProperty("enterprises");

        first.GetProperty("totalCount").GetInt32().Should().BeGreaterThan(5);
        first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeFalse();
        second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeTrue();
        var names = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).Select(n => n.GetProperty("name").GetString()).ToList();
        names.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        first.GetProperty("nodes").EnumerateArray().Should().OnlyContain(n => n.GetProperty("location").GetString() == "OVERSEAS"
            && n.GetProperty("chains").EnumerateArray().Any(c => c.GetProperty("id").GetString() == "nev"));
    }

    [Theory]
    [InlineData("""{ enterprises(first: 500) { totalCount } }""", "BAD_USER_INPUT")]
    [InlineData("""{ enterprises(first: 5, after: "nonsense") { totalCount } }""", "BAD_USER_INPUT")]
    [InlineData("""{ enterprises(where: { chainId: "nope" }) { totalCount } }""", "NOT_FOUND")]
    public async Task Enterprises_BadArguments_ErrorCode(string query, string code)
    {
        var response = await Run(api, query);

        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be(code);
    }

    [Fact]
    public async Task Enterprise_SuppliersAndCustomers_WithSupplyAttributes()
    {
        var owner = Data(await Run(api, """{ chain(id: "nev") { owners { id } } }""")).GetProperty("chain").GetProperty("owners")[0].GetProperty("id").GetString();

        var enterprise = Data(await Run(api, """
            query($id: ID!) { enterprise(id: $id) { name owns { id } memberships { role segment { id } }
              suppliers(first: 3) { totalCount nodes { share annualValue supplier { id } customer { id } segment { id } } } customers { totalCount } } }
            """, new { id = owner })).GetProperty("enterprise");

        enterprise.GetProperty("owns").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Contain("nev");
        var suppliers = enterprise.GetProperty("suppliers");
        suppliers.GetProperty("totalCount").GetInt32().Should().BeGreaterThan(3);
        suppliers.GetProperty("nodes").EnumerateArray().Should().HaveCount(3).And.OnlyContain(n => n.GetProperty("customer").GetProperty("id").GetString() == owner);
        suppliers.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("share").GetDouble()).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task AnalystFields_AsViewer_ForbiddenFieldIsNullOthersAnswer()
    {
        var response = await Run(api, """{ chains { id } bottlenecks(chainId: "nev") { kind } }""", role: Role.Viewer);

        response.GetProperty("data").GetProperty("chains").GetArrayLength().Should().Be(6);
        response.GetProperty("data").GetProperty("bottlenecks").ValueKind.Should().Be(JsonValueKind.Null);
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
        response.GetProperty("errors")[0].GetProperty("path")[0].GetString().Should().Be("bottlenecks");
    }

    [Fact]
    public async Task Bottlenecks_AsAnalyst_ChokepointsWithEvidence()
    {
        var data = Data(await Run(api, """
            { bottlenecks(chainId: "ic", first: 50) { kind foreign inputAtRisk explanation suppliersReaching segment { key } enterprises { id location } dependent { id } paths { id } } }
            """, role: Role.Analyst));

        var bottlenecks = data.GetProperty("bottlenecks").EnumerateArray().ToList();
        bottlenecks.Should().NotBeEmpty();
        bottlenecks.Should().OnlyContain(b => b.GetProperty("explanation").GetString()!.Length > 0 && b.GetProperty("inputAtRisk").GetDouble() > 0);
        bottlenecks.Where(b => b.GetProperty("foreign").GetBoolean())
            .Should().OnlyContain(b => b.GetProperty("enterprises").EnumerateArray().Any(e => e.GetProperty("location").GetString() == "OVERSEAS"));
    }

    [Fact]
    public async Task Checklist_AndDiffAgainstItself_Unchanged()
    {
        var checklist = Data(await Run(api, """{ checklist(first: 500) { totalCount nodes { id rank severity level type actionName instrument { name section } } } }""", role: Role.Analyst))
            .GetProperty("checklist");
        var previous = checklist.GetProperty("nodes").EnumerateArray().Select(n => new { id = n.GetProperty("id").GetString(), severity = n.GetProperty("severity").GetDouble() }).ToList();

        var diff = Data(await Run(api, """query($p: [PreviousChecklistItem!]!) { checklistDiff(previous: $p) { kind } }""", new { p = previous }, Role.Analyst));

        checklist.GetProperty("totalCount").GetInt32().Should().Be(previous.Count).And.BeGreaterThan(20);
        checklist.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("rank").GetInt32()).Should().BeInAscendingOrder();
        diff.GetProperty("checklistDiff").EnumerateArray().Should().OnlyContain(c => c.GetProperty("kind").GetString() == "UNCHANGED");
    }

    [Fact]
    public async Task SimulateDisruption_Country_OwnersLoseAndRiskScoresExplain()
    {
        var data = Data(await Run(api, """
            { simulateDisruption(country: "JP") { removedCount owners { availability owner { name } chain { id } losses { segment { name } direct cascade key } } }
              chain(id: "nev") { riskScore { score level factors { name contribution } } segments { riskScore { score } } } }
            """, role: Role.Analyst));

        var impact = data.GetProperty("simulateDisruption");
        impact.GetProperty("removedCount").GetInt32().Should().BeGreaterThan(0);
        impact.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("availability").GetDouble()).Should().BeInAscendingOrder().And.OnlyContain(a => a >= 0 && a <= 1);
        var risk = data.GetProperty("chain").GetProperty("riskScore");
        risk.GetProperty("factors").EnumerateArray().Sum(f => f.GetProperty("contribution").GetDouble()).Should().BeApproximately(risk.GetProperty("score").GetDouble(), 1e-3);
    }

    [Theory]
    [InlineData("""district: "浦东" """, "BAD_USER_INPUT", "unknown district '浦东'")]
    [InlineData("""country: "XX" """, "BAD_USER_INPUT", "no enterprise in the data is in 'XX'")]
    [InlineData("""enterpriseIds: ["91440300000000000X"]""", "NOT_FOUND", "'91440300000000000X'")]
    [InlineData("""country: "JP", chainId: "nope" """, "NOT_FOUND", "unknown chain 'nope'")]
    [InlineData("", "BAD_USER_INPUT", "say what to remove")]
    public async Task SimulateDisruption_NameThatMatchesNothing_RefusedSayingWhatWouldWork(string arguments, string code, string message)
    {
        var query = arguments.Length == 0 ? "{ simulateDisruption { removedCount } }" : $"{{ simulateDisruption({arguments}) {{ removedCount }} }}";

        var response = await Run(api, query, role: Role.Analyst);

        Code(response).Should().Be(code);
        response.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain(message);
    }

    [Fact]
    public async Task Brokers_RankedByBetweennessWithFlags()
    {
        var brokers = Data(await Run(api, """{ chain(id: "nev") { brokers(first: 15) { betweenness pageRank flagged enterprise { chains { id } } } } }""", role: Role.Analyst))
            .GetProperty("chain").GetProperty("brokers").EnumerateArray().ToList();

        brokers.Should().HaveCount(15);
        brokers.Select(b => b.GetProperty("betweenness").GetDouble()).Should().BeInDescendingOrder().And.OnlyContain(v => v >= 0);
        brokers.Should().OnlyContain(b => b.GetProperty("enterprise").GetProperty("chains").EnumerateArray().Any(c => c.GetProperty("id").GetString() == "nev"));
        brokers.Should().Contain(b => !b.GetProperty("flagged").GetBoolean(), "some brokers are named by no rule");
    }

    [Fact]
    public async Task Node_ById_ResolvesEachType()
    {
        var data = Data(await Run(api, """{ a: node(id: "nev") { __typename id } b: node(id: "nev-cell") { __typename } c: node(id: "91440300708461136T") { __typename } }"""));

        data.GetProperty("a").GetProperty("__typename").GetString().Should().Be("Chain");
        data.GetProperty("b").GetProperty("__typename").GetString().Should().Be("Segment");
        data.GetProperty("c").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
