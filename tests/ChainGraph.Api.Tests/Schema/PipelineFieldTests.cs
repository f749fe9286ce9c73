using System.Text.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>The cultivation pipeline and the quarterly figures over GraphQL on the sample, through the real host.</summary>
public sealed class PipelineFieldTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    [Fact]
    public async Task Pipeline_PagesOfOneChainAndRung_ConsistentWithTheFullList()
    {
        const string query = """
            query($after: String) { pipeline(chainId: "ic", rung: LITTLE_GIANT, first: 5, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } asOf priorOutputKnown nearMargin basis measured(lang: EN)
              nodes { enterprise { id name district } ladder rung nextRung standing annualOutput reward rewardBasis substituteCandidate substituteFor
                servesForeignChokepoint summary enSummary: summary(lang: EN) checks { criterion value threshold met near detail }
                placements { chain { id } segment { id } key foreignChokepoint } } } }
            """;
        var first = Data(await Run(api, query, new { }, Role.Analyst)).GetProperty("pipeline");
        var second = Data(await Run(api, query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, Role.Analyst)).GetProperty("pipeline");

        first.GetProperty("totalCount").GetInt32().Should().BeGreaterThan(5);
        first.GetProperty("priorOutputKnown").GetBoolean().Should().BeFalse();
        first.GetProperty("basis").GetString().Should().Contain("（征求意见稿）》第2条");
        first.GetProperty("measured").GetString().Should().Contain("last year's output");
        var nodes = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).ToList();
        nodes.Select(n => n.GetProperty("enterprise").GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
        nodes.Should().OnlyContain(n => n.GetProperty("nextRung").GetString() == "LITTLE_GIANT" && n.GetProperty("rung").GetString() == "SPECIALIZED");
        nodes.Should().OnlyContain(n => n.GetProperty("enterprise").GetProperty("district").ValueKind == JsonValueKind.String);
        nodes.Should().OnlyContain(n => n.GetProperty("placements").EnumerateArray().All(p => p.GetProperty("chain").GetProperty("id").GetString() == "ic"));
        nodes.Should().OnlyContain(n => n.GetProperty("reward").GetDouble() == 50 && n.GetProperty("rewardBasis").GetString()!.Contains("第13条"));
        nodes[0].GetProperty("summary").GetString().Should().Contain("专精特新“小巨人”");
        nodes[0].GetProperty("enSummary").GetString().Should().Contain("little giant");
    }

    [Fact]
    public async Task Pipeline_ViewerKey_Refused()
    {
        var response = await Run(api, "{ pipeline { totalCount } districtFigures { id } }", role: Role.Viewer);

        Code(response).Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task Figures_ChainAndDistricts_AgreeWithEachOtherAndCountChanges()
    {
        var data = Data(await Run(api, """
            { chains { id figures { localSupplyShare nearSupplyShare inputValue inputByLocation { local metro total } items unclassified
                firmsByClass { guidanceClass count } projects { status count } changes { new } summary } }
              districtFigures { id inputValue items summary(lang: EN) } }
            """, role: Role.Analyst));

        var chains = data.GetProperty("chains").EnumerateArray().Select(c => c.GetProperty("figures")).ToList();
        chains.Should().HaveCount(6).And.OnlyContain(f => f.GetProperty("changes").ValueKind == JsonValueKind.Null);
        foreach (var f in chains)
        {
            var split = f.GetProperty("inputByLocation");
            f.GetProperty("localSupplyShare").GetDouble().Should().BeApproximately(split.GetProperty("local").GetDouble() / split.GetProperty("total").GetDouble(), 1e-9);
            f.GetProperty("nearSupplyShare").GetDouble().Should().BeGreaterThanOrEqualTo(f.GetProperty("localSupplyShare").GetDouble());
            f.GetProperty("summary").GetString().Should().Contain("本地配套率").And.Contain("亿元");
            f.GetProperty("projects").GetArrayLength().Should().Be(4);
        }
        var districts = data.GetProperty("districtFigures").EnumerateArray().ToList();
        districts.Sum(d => d.GetProperty("inputValue").GetDouble()).Should().BeApproximately(chains.Sum(c => c.GetProperty("inputValue").GetDouble()), 1);
        districts.Should().Contain(d => d.GetProperty("id").GetString() == "南山");

        var nev = Data(await Run(api, """
            { chain(id: "nev") { figures(previous: [{ id: "link:nev:ghost-segment", severity: 0.5 }]) { items changes { new resolved unchanged } } } }
            """, role: Role.Analyst)).GetProperty("chain").GetProperty("figures");
        nev.GetProperty("changes").GetProperty("resolved").GetInt32().Should().Be(1);
        nev.GetProperty("changes").GetProperty("new").GetInt32().Should().Be(nev.GetProperty("items").GetInt32());
    }
}
