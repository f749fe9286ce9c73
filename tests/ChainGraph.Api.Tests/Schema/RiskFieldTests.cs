using System.Text.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>The risk model, evaluation and owner candidates over GraphQL on the sample.</summary>
public sealed class RiskFieldTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    [Fact]
    public async Task EnterpriseRisk_ScoresInRangeWithExplainedFactors()
    {
        var data = Data(await Run(api, """
            { chain(id: "nev") { ownerCandidates { status enterprise { name } evidence { criterion met detail } }
                map { segments { members { enterprise { id risk { chain { id } score level probability factors { source name } likelihoodFactors(first: 3) { feature contribution } }
                  evaluation { score guidanceClass indicators { indicator score } } guidanceClass } } } } } }
            """, role: Role.Analyst));

        var enterprises = data.GetProperty("chain").GetProperty("map").GetProperty("segments").EnumerateArray()
            .SelectMany(s => s.GetProperty("members").EnumerateArray()).Select(m => m.GetProperty("enterprise")).ToList();
        // A firm that is not live (closed, suspended, recently closed) has no risk: its supply already counts as lost.
        var risks = enterprises.Where(e => e.GetProperty("risk").ValueKind == JsonValueKind.Array).SelectMany(e => e.GetProperty("risk").EnumerateArray()).ToList();
        risks.Should().NotBeEmpty().And.OnlyContain(r => r.GetProperty("score").GetDouble() >= 0 && r.GetProperty("score").GetDouble() <= 1
            && r.GetProperty("probability").GetDouble() >= 0 && r.GetProperty("probability").GetDouble() <= 1);
        risks.Should().Contain(r => r.GetProperty("likelihoodFactors").GetArrayLength() == 3);
        enterprises.Should().Contain(e => e.GetProperty("guidanceClass").ValueKind == JsonValueKind.String);
        data.GetProperty("chain").GetProperty("ownerCandidates").EnumerateArray().Should().Contain(c => c.GetProperty("status").GetString() == "CONFIRMED");
    }

    [Fact]
    public async Task EvaluationAndOwnerTexts_ChineseByDefaultEnglishWithLang()
    {
        const string query = """
            { chain(id: "nev") { ownerCandidates { zh: evidence { detail } en: evidence { detail(lang: EN) } }
                map { segments { members { enterprise { evaluation { basis zhReasons: reasons enReasons: reasons(lang: EN) peerGroupDescription
                  indicators { unit enUnit: unit(lang: EN) } } } } } } } }
            """;
        var data = Data(await Run(api, query, role: Role.Analyst)).GetProperty("chain");

        var evaluations = data.GetProperty("map").GetProperty("segments").EnumerateArray().SelectMany(s => s.GetProperty("members").EnumerateArray())
            .Select(m => m.GetProperty("enterprise").GetProperty("evaluation")).Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        evaluations.Should().NotBeEmpty();
        var first = evaluations[0];
        first.GetProperty("basis").GetString().Should().Contain("深府办〔2009〕98号").And.Contain("已到期");
        first.GetProperty("peerGroupDescription").GetString().Should().StartWith("同行：");
        evaluations.SelectMany(e => e.GetProperty("zhReasons").EnumerateArray()).Should().OnlyContain(r => !r.GetString()!.Contains("seed") && !r.GetString()!.Contains('§'));
        evaluations.SelectMany(e => e.GetProperty("enReasons").EnumerateArray()).Should().Contain(r => r.GetString()!.StartsWith("composite "));
        first.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("unit").GetString()).Should().Contain("人/亿元");
        first.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("enUnit").GetString()).Should().Contain("persons per 100m CNY");
        var owners = data.GetProperty("ownerCandidates").EnumerateArray().ToList();
        owners.SelectMany(o => o.GetProperty("zh").EnumerateArray()).Should().Contain(e => e.GetProperty("detail").GetString()!.StartsWith("年产值"));
        owners.SelectMany(o => o.GetProperty("en").EnumerateArray()).Should().Contain(e => e.GetProperty("detail").GetString()!.StartsWith("annual output"));
    }

    [Fact]
    public async Task RiskModel_AdminOnlyWithHeldOutMetrics()
    {
        var forbidden = await Run(api, "{ riskModel { primary } }", role: Role.Analyst);
        var info = Data(await Run(api, "{ riskModel { primary source cutoff evaluations { kind rocAuc brier } } }", role: Role.Admin)).GetProperty("riskModel");

        forbidden.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
        info.GetProperty("evaluations").EnumerateArray().Should().Contain(e => e.GetProperty("rocAuc").GetDouble() > 0.5);
        info.GetProperty("source").GetString().Should().Contain("trained");
    }
}
