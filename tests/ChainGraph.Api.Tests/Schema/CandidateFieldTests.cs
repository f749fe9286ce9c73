using System.Text.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;
using ChainGraph.Domain;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>
/// Issue 12 over GraphQL: ChecklistItem.substitutes / attractionTargets / localExpansion as connections of Candidate,
/// PolicyInstrument.amount and .basis, and Query.simulateAddition (analyst); paging through a long list on the sample.
/// </summary>
public sealed class CandidateFieldTests(ApiFixture api, SampleApiFixture sample)
    : IClassFixture<ApiFixture>, IClassFixture<SampleApiFixture>
{
    private const string Lists = """
        { checklist(first: 100) { nodes { id type
            substitutes(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { enterpriseId enterprise { id } name location kind score reasons en: reasons(lang: EN) } }
            attractionTargets(first: 2) { totalCount nodes { enterpriseId name location kind score reasons } }
            localExpansion { nodes { location kind } }
            instrument { id rate cap base undertaking baseAmount amount basis basisEn: basis(lang: EN) } } } }
        """;

    [Fact]
    public async Task Checklist_Candidates_ConnectionsWithReasonsAndAmountsAtMostTheCap()
    {
        var items = Data(await Run(api, Lists, role: Role.Analyst)).GetProperty("checklist").GetProperty("nodes").EnumerateArray().ToList();

        items.Should().NotBeEmpty();
        foreach (var item in items)
        {
            foreach (var t in item.GetProperty("attractionTargets").GetProperty("nodes").EnumerateArray())
            {
                t.GetProperty("location").GetString().Should().NotBe("LOCAL");
                t.GetProperty("kind").GetString().Should().Be("ATTRACT");
            }
            foreach (var t in item.GetProperty("localExpansion").GetProperty("nodes").EnumerateArray())
                t.GetProperty("location").GetString().Should().Be("LOCAL");
            foreach (var s in item.GetProperty("substitutes").GetProperty("nodes").EnumerateArray())
            {
                s.GetProperty("enterprise").GetProperty("id").GetString().Should().Be(s.GetProperty("enterpriseId").GetString());
                s.GetProperty("reasons").GetArrayLength().Should().BePositive();
                s.GetProperty("en")[0].GetString().Should().NotBe(s.GetProperty("reasons")[0].GetString());
            }
            var instrument = item.GetProperty("instrument");
            instrument.GetProperty("basis").GetString().Should().NotBeNullOrEmpty();
            if (instrument.GetProperty("amount").ValueKind == JsonValueKind.Number)
                instrument.GetProperty("amount").GetDouble().Should().BeLessThanOrEqualTo(instrument.GetProperty("cap").GetDouble());
        }
        items.Should().Contain(i => i.GetProperty("attractionTargets").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task AttractionTargets_PageAfterTheEndCursor_ContinuesWithoutGapOrRepeatAndEndsEmpty()
    {
        const string Edges = "{ checklist(first: 100) { edges { cursor node { attractionTargets(first: 1) { totalCount } } } } }";
        const string Page = """
            query($item: String, $first: Int, $after: String) { checklist(first: 1, after: $item) { nodes {
              attractionTargets(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { enterpriseId } } } } }
            """;
        var edges = Data(await Run(sample, Edges, role: Role.Analyst)).GetProperty("checklist").GetProperty("edges")
            .EnumerateArray().ToList();
        var at = edges.FindIndex(e => e.GetProperty("node").GetProperty("attractionTargets").GetProperty("totalCount").GetInt32()
            is > 7 and <= 200);
        at.Should().BeGreaterThan(-1, "the sample has an item with several pages of attraction targets");
        var item = at == 0 ? null : edges[at - 1].GetProperty("cursor").GetString();
        async Task<JsonElement> Targets(int first, string? after) => Data(await Run(sample, Page, new { item, first, after }, Role.Analyst))
            .GetProperty("checklist").GetProperty("nodes")[0].GetProperty("attractionTargets");
        var all = (await Targets(200, null)).GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("enterpriseId").GetString()).ToList();

        var paged = new List<string?>();
        string? cursor = null;
        JsonElement page;
        do
        {
            page = await Targets(3, cursor);
            page.GetProperty("nodes").GetArrayLength().Should().BeInRange(1, 3);
            paged.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("enterpriseId").GetString()));
            cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var past = await Targets(3, cursor);

        paged.Should().Equal(all).And.OnlyHaveUniqueItems();
        past.GetProperty("totalCount").GetInt32().Should().Be(all.Count);
        past.GetProperty("nodes").GetArrayLength().Should().Be(0);
        past.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeFalse();
        past.GetProperty("pageInfo").GetProperty("endCursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task SimulateAddition_FirstTargetOfAMissingLink_ResolvesOrImprovesIt_BadDistrictIsBadInput()
    {
        var items = Data(await Run(api, Lists, role: Role.Analyst)).GetProperty("checklist").GetProperty("nodes").EnumerateArray().ToList();
        var missing = items.First(i => i.GetProperty("type").GetString() == "MISSING" && i.GetProperty("attractionTargets").GetProperty("totalCount").GetInt32() > 0);
        var target = missing.GetProperty("attractionTargets").GetProperty("nodes")[0].GetProperty("enterpriseId").GetString();
        const string Query = """
            query($id: ID!, $d: String!) { simulateAddition(enterpriseId: $id, district: $d) { enterprise { id } from district helped
              items { itemId outcome typeAfter text en: text(lang: EN) } segments { id localBefore localAfter } chains { id localBefore localAfter } } }
            """;

        var impact = Data(await Run(api, Query, new { id = target, d = "坪山" }, Role.Analyst)).GetProperty("simulateAddition");

        impact.GetProperty("helped").GetInt32().Should().BePositive();
        var outcome = impact.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemId").GetString() == missing.GetProperty("id").GetString());
        outcome.GetProperty("outcome").GetString().Should().BeOneOf("RESOLVED", "IMPROVED");
        Code(await Run(api, Query, new { id = target, d = "火星" }, Role.Analyst)).Should().Be("BAD_USER_INPUT");
        Code(await Run(api, Query, new { id = "nope", d = "坪山" }, Role.Analyst)).Should().Be("NOT_FOUND");
    }
}
