using System.Text.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;
using ChainGraph.Domain;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>
/// Issue 12 over GraphQL: ChecklistItem.substitutes / attractionTargets / localExpansion as connections of Candidate,
/// PolicyInstrument.amount and .basis, and Query.simulateAddition (analyst).
/// </summary>
public sealed class CandidateFieldTests(ApiFixture api) : IClassFixture<ApiFixture>
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
