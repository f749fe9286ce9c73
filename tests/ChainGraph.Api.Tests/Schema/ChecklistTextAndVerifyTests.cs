using System.Text.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>The checklist's text in both languages, its severity terms, and the supply records to verify, over the real host on the sample.</summary>
public sealed class ChecklistTextAndVerifyTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    [Fact]
    public async Task SupplyRecordsToVerify_EverySupplierInactive_RiskNullAndStandingSaysWhy()
    {
        var data = Data(await Run(api, """
            { supplyRecordsToVerify(first: 500) { totalCount nodes { share annualValue standing status closureDate reason en: reason(lang: EN)
                chain { id } segment { id } customer { location }
                supplier { id risk { score } standing { status live reason en: reason(lang: EN) } } } } }
            """, role: Role.Analyst)).GetProperty("supplyRecordsToVerify");

        var records = data.GetProperty("nodes").EnumerateArray().ToList();
        records.Should().NotBeEmpty().And.HaveCount(data.GetProperty("totalCount").GetInt32());
        records.Should().OnlyContain(r => r.GetProperty("standing").GetString() != "LIVE" && r.GetProperty("customer").GetProperty("location").GetString() == "LOCAL");
        var suppliers = records.Select(r => r.GetProperty("supplier")).ToList();
        suppliers.Should().OnlyContain(s => s.GetProperty("risk").ValueKind == JsonValueKind.Null, "a firm that already failed is not a risk to forecast");
        suppliers.Should().OnlyContain(s => !s.GetProperty("standing").GetProperty("live").GetBoolean() && s.GetProperty("standing").GetProperty("reason").GetString()!.Length > 0);
        records.Should().OnlyContain(r => r.GetProperty("reason").GetString()!.StartsWith("供应商") && r.GetProperty("en").GetString()!.StartsWith("supplier "));
        records.Where(r => r.GetProperty("standing").GetString() == "RECENT_CLOSURE")
            .Should().OnlyContain(r => r.GetProperty("closureDate").ValueKind == JsonValueKind.String && r.GetProperty("status").GetString() != "CLOSED");
    }

    [Fact]
    public async Task SupplyRecordsToVerify_PagesAndUnknownChain()
    {
        var first = Data(await Run(api, "{ supplyRecordsToVerify(first: 1) { totalCount pageInfo { endCursor hasNextPage } } }", role: Role.Analyst))
            .GetProperty("supplyRecordsToVerify");
        var unknown = await Run(api, """{ supplyRecordsToVerify(chainId: "nope") { totalCount } }""", role: Role.Analyst);
        var viewer = await Run(api, "{ supplyRecordsToVerify { totalCount } }");

        first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().Be(first.GetProperty("totalCount").GetInt32() > 1);
        Code(unknown).Should().Be("NOT_FOUND");
        Code(viewer).Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task LiveEnterprise_StandingLiveWithoutReason()
    {
        var owner = Data(await Run(api, """{ chain(id: "nev") { owners { standing { status live reason closureDate } } } }""", role: Role.Analyst))
            .GetProperty("chain").GetProperty("owners")[0].GetProperty("standing");

        owner.GetProperty("status").GetString().Should().Be("LIVE");
        owner.GetProperty("live").GetBoolean().Should().BeTrue();
        owner.GetProperty("reason").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task ChecklistItem_ReasonsTermsActionAndInstrument_ChineseByDefaultEnglishWithLang()
    {
        var items = Data(await Run(api, """
            { checklist(first: 500) { nodes { severity reasons en: reasons(lang: EN) actionName enAction: actionName(lang: EN)
                terms { name value description en: description(lang: EN) }
                instrument { name enName: name(lang: EN) section enSection: section(lang: EN) support enSupport: support(lang: EN) citation enCitation: citation(lang: EN) } } } }
            """, role: Role.Analyst)).GetProperty("checklist").GetProperty("nodes").EnumerateArray().ToList();

        items.Should().NotBeEmpty();
        foreach (var item in items)
        {
            var terms = item.GetProperty("terms").EnumerateArray().ToList();
            terms.Sum(t => t.GetProperty("value").GetDouble()).Should().BeApproximately(item.GetProperty("severity").GetDouble(), 0.002, "the terms add up to the severity");
            item.GetProperty("reasons").GetArrayLength().Should().Be(item.GetProperty("en").GetArrayLength());
            terms.Should().OnlyContain(t => !HasCjkOutsideNames(t.GetProperty("en").GetString()!) || t.GetProperty("en").GetString() != t.GetProperty("description").GetString());
        }
        var words = items.Select(i => i.GetProperty("enAction").GetString()).Distinct();
        words.Should().BeSubsetOf(["strengthen", "fill", "stabilise", "extend"]);
        items.Select(i => i.GetProperty("actionName").GetString()).Distinct().Should().BeSubsetOf(["强链", "补链", "稳链", "延链"]);
        var all = string.Join("\n", items.SelectMany(i => i.GetProperty("reasons").EnumerateArray().Concat(i.GetProperty("en").EnumerateArray())).Select(r => r.GetString()));
        all.Should().NotContain("seed").And.NotContain("种子").And.NotContain("§");
        var instrument = items[0].GetProperty("instrument");
        instrument.GetProperty("citation").GetString().Should().Contain("征求意见稿").And.Contain("第");
        instrument.GetProperty("enCitation").GetString().Should().Contain("(draft)").And.Contain("measure");
        instrument.GetProperty("enSection").GetString().Should().StartWith("measure ");
        instrument.GetProperty("enName").GetString().Should().NotBe(instrument.GetProperty("name").GetString());
        instrument.GetProperty("enSupport").GetString().Should().Contain("at most");
    }

    // English text may still hold firm and segment names in Chinese; the severity wording itself must change.
    private static bool HasCjkOutsideNames(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
