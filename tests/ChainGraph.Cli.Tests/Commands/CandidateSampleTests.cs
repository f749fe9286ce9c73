using System.Text.Json;

namespace ChainGraph.Cli.Tests.Commands;

/// <summary>
/// Issue 12 over the whole bundled sample, through the real CLI's JSON and checked against the sample's CSV files read
/// independently: every missing or weak link has attraction targets that serve the segment, are live and not local;
/// every chokepoint, foreign chokepoint and sole source has substitutes that serve the segment, are live and are not the
/// threatened firm (or there is no such firm); every amount is at most its cap and is the basis' arithmetic.
/// </summary>
public sealed class CandidateSampleTests(ChecklistSampleTests.Run run) : IClassFixture<ChecklistSampleTests.Run>
{
    private static readonly HashSet<string> Locations = ["local", "metro", "province", "country", "overseas"];

    [Fact]
    public void AttractionTargets_Sample_EveryMissingOrWeakLink_ServingLiveAndNotLocal()
    {
        var links = run.Items.Where(i => Type(i) is "missing" or "weak").ToList();
        links.Should().NotBeEmpty();
        foreach (var item in links)
        {
            var targets = item.GetProperty("attractionTargets").EnumerateArray().ToList();
            targets.Should().NotBeEmpty(Title(item));
            foreach (var t in targets) Serving(item, t).Should().BeTrue(Title(item) + " " + Id(t));
            targets.Should().OnlyContain(t => !run.Sample.Local.Contains(Id(t)) && t.GetProperty("location").GetString() != "local", Title(item));
            foreach (var local in item.GetProperty("localExpansion").EnumerateArray())
                (run.Sample.Local.Contains(Id(local)) && Serving(item, local)).Should().BeTrue(Title(item) + " " + Id(local));
        }
    }

    [Fact]
    public void Reasons_Sample_OnlyWhatAddsToTheScore_NoZeroShareNoZeroCount()
    {
        var reasons = run.Items
            .SelectMany(i => new[] { "substitutes", "attractionTargets", "localExpansion" }.SelectMany(list => i.GetProperty(list).EnumerateArray()))
            .SelectMany(c => c.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!))
            .ToList();

        reasons.Should().NotBeEmpty();
        reasons.Should().NotContain(r => r.Contains(" 0%") || r.Contains("解决 0 项") || r.Contains("改善 0 项"));
    }

    [Fact]
    public void Substitutes_Sample_EveryChokepoint_ServingLiveAndNotTheThreatenedFirm_OrNoneExists()
    {
        var chokepoints = run.Items.Where(i => Type(i) is "chokepoint" or "foreign_chokepoint" or "sole_source").ToList();
        chokepoints.Should().NotBeEmpty();
        foreach (var item in chokepoints)
        {
            var threatened = item.GetProperty("enterpriseIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            var substitutes = item.GetProperty("substitutes").EnumerateArray().ToList();
            if (substitutes.Count == 0)
            {
                run.Sample.LiveServing(item.GetProperty("segmentId").GetString()!).Except(threatened).Should().BeEmpty(Title(item));
                continue;
            }
            substitutes.Should().OnlyContain(s => Serving(item, s) && !threatened.Contains(Id(s)), Title(item));
            substitutes.Select(s => Rank(s.GetProperty("location").GetString()!)).Should().BeInAscendingOrder(Title(item) + ": local first");
        }
    }

    [Fact]
    public void Instrument_Sample_EveryAmountAtMostItsCapAndTheBasisArithmetic()
    {
        var amounts = 0;
        foreach (var item in run.Items)
        {
            var instrument = item.GetProperty("instrument");
            var (rate, cap) = (instrument.GetProperty("rate").GetDouble(), instrument.GetProperty("cap").GetDouble());
            var basis = instrument.GetProperty("basis").GetString()!;
            if (instrument.GetProperty("amount").ValueKind == JsonValueKind.Null)
            {
                basis.Should().Contain($"上限{cap}万元；需", Title(item));
                continue;
            }
            amounts++;
            var (amount, baseWan) = (instrument.GetProperty("amount").GetDouble(), instrument.GetProperty("baseAmount").GetDouble());
            amount.Should().BeLessThanOrEqualTo(cap, Title(item));
            amount.Should().Be(Math.Min(Math.Round(rate * baseWan, 1), cap), Title(item));
            basis.Should().Contain($" × {Math.Round(rate * 100)}% = ", Title(item));
            // Every base is the item's project's figure, never a firm's revenue.
            var project = item.GetProperty("project");
            project.ValueKind.Should().Be(JsonValueKind.Object, Title(item) + ": an amount needs a project's figure");
            baseWan.Should().Be(project.GetProperty("investment").GetDouble(), Title(item));
        }
        amounts.Should().BePositive("the bundled projects file gives the figures of some items");
    }

    [Fact]
    public void Checklist_Json_CandidateContractShape_AndEnglishReasonsWithLangEn()
    {
        var candidate = run.Items.SelectMany(i => i.GetProperty("substitutes").EnumerateArray()).First();
        candidate.EnumerateObject().Select(p => p.Name).Should().Contain(["enterpriseId", "name", "location", "score", "reasons"]);
        foreach (var c in run.Items.SelectMany(i => i.GetProperty("substitutes").EnumerateArray().Concat(i.GetProperty("attractionTargets").EnumerateArray())))
        {
            Locations.Should().Contain(c.GetProperty("location").GetString());
            c.GetProperty("score").GetDouble().Should().BeInRange(0, 1);
            c.GetProperty("reasons").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(r => r.GetString()!.Length > 0);
        }
        var english = CliProcess.Run(run.Folder, "checklist", "--format", "json", "--lang", "en");
        english.ExitCode.Should().Be(0, english.Error);
        var reasons = JsonDocument.Parse(english.Output).RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("substitutes").EnumerateArray()).SelectMany(c => c.GetProperty("reasons").EnumerateArray()).Select(r => r.GetString()!).ToList();
        reasons.Should().NotBeEmpty().And.Contain(r => r.StartsWith("supplies CNY")).And.NotContain(r => r.Contains("该环节"));
    }

    private bool Serving(JsonElement item, JsonElement candidate) =>
        run.Sample.Serves(Id(candidate), item.GetProperty("segmentId").GetString()!) && !run.Sample.NotLive.Contains(Id(candidate));

    private static int Rank(string location) => location switch { "local" => 0, "metro" => 1, "province" => 2, "country" => 3, _ => 4 };

    private static string Id(JsonElement candidate) => candidate.GetProperty("enterpriseId").GetString()!;

    private static string Type(JsonElement item) => item.GetProperty("type").GetString()!;

    private static string Title(JsonElement item) => item.GetProperty("id").GetString()!;
}
