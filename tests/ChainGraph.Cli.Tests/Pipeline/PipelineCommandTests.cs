using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Cli.Tests.Commands;
using ChainGraph.Cli.Tests.Risk;

namespace ChainGraph.Cli.Tests.Pipeline;

/// <summary>
/// `chaingraph pipeline` through the real program on the bundled sample. The ladder positions are recomputed here from the
/// sample's raw labels, output, status and events, not with the product's code.
/// </summary>
public sealed class PipelineCommandTests(BundledSample sample) : IClassFixture<BundledSample>, IDisposable
{
    private static readonly string[] Recognition = ["innovative_sme", "specialized", "little_giant", "champion"];
    private static readonly string[] Tiers = ["over100", "over500", "over1000"];
    private static readonly double[] TierOutputs = [100, 500, 1000];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private JsonElement Run(params string[] args)
    {
        Directory.CreateDirectory(_folder);
        var result = CliProcess.Run(_folder, ["pipeline", "--format", "json", .. args]);
        result.ExitCode.Should().Be(0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Fact]
    public void Pipeline_WholeSample_OnlyLiveLocalFirmsOnConsistentRungs()
    {
        var root = Run();
        var asOf = DateOnly.Parse(root.GetProperty("asOf").GetString()!, CultureInfo.InvariantCulture);
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        var firms = sample.Dataset.Enterprises.ToDictionary(e => e.Id);
        var closedLately = sample.Dataset.Events.Where(e => e.Type == EventType.Closure && e.Date > asOf.AddMonths(-24)).Select(e => e.EnterpriseId).ToHashSet();
        var memberships = sample.Dataset.Memberships.Select(m => (m.EnterpriseId, m.SegmentId)).ToHashSet();
        var checklist = Checklist();
        var foreign = checklist.Where(i => i.GetProperty("type").GetString() == "foreign_chokepoint").Select(i => i.GetProperty("id").GetString()!).ToHashSet();
        var namedBy = checklist.Where(i => foreign.Contains(i.GetProperty("id").GetString()!))
            .SelectMany(i => i.GetProperty("substitutes").EnumerateArray().Select(c => (Firm: c.GetProperty("enterpriseId").GetString()!, Item: i.GetProperty("id").GetString()!)))
            .ToLookup(x => x.Firm, x => x.Item);

        entries.Should().HaveCountGreaterThan(100);
        root.GetProperty("priorOutputKnown").GetBoolean().Should().BeFalse();
        foreach (var entry in entries)
        {
            var firm = firms[entry.GetProperty("enterpriseId").GetString()!];
            firm.District.Should().NotBeNull();
            firm.Status.Should().Be(EnterpriseStatus.Active);
            closedLately.Should().NotContain(firm.Id);
            var (rung, next) = (entry.GetProperty("rung").GetString(), entry.GetProperty("nextRung").GetString());
            var ladder = entry.GetProperty("ladder").GetString() == "output" ? Tiers : Recognition;
            rung.Should().Be(ladder == Tiers ? TierOf(firm.AnnualOutput) : HighestLabel(firm), firm.Name);
            next.Should().Be(Successor(ladder, rung), firm.Name);
            entry.GetProperty("standing").GetString().Should().NotBe("crossed", "no last year's output was given");
            CheckStanding(entry);
            var placements = entry.GetProperty("placements").EnumerateArray().ToList();
            var segments = memberships.Where(m => m.EnterpriseId == firm.Id).Select(m => m.SegmentId).ToHashSet();
            placements.Select(p => p.GetProperty("segmentId").GetString()).Should().BeSubsetOf(segments);
            var serves = placements.Any(p => p.GetProperty("foreignChokepoint").GetBoolean());
            entry.GetProperty("servesForeignChokepoint").GetBoolean().Should().Be(serves);
            if (entry.GetProperty("substituteCandidate").GetBoolean()) serves.Should().BeTrue("a named substitute serves the segment");
            Named(entry).Should().BeEquivalentTo(namedBy[firm.Id], "substituteFor lists the foreign chokepoints whose substitutes name it");
        }
        var order = entries.Select(e => e.GetProperty("substituteCandidate").GetBoolean() ? 0 : e.GetProperty("servesForeignChokepoint").GetBoolean() ? 1 : 2).ToList();
        order.Should().Contain(0).And.BeInAscendingOrder("named substitutes rank first, then firms serving a segment with a foreign chokepoint");
    }

    [Fact]
    public void Pipeline_LastYearsOutputGiven_FirstTimeCrossingWithTheRewardOfMeasure2()
    {
        var firm = sample.Dataset.Enterprises.Where(e => e.District is not null && e.Status == EnterpriseStatus.Active && e.AnnualOutput is >= 100 and < 500)
            .OrderBy(e => e.AnnualOutput).First();
        Directory.CreateDirectory(_folder);
        var prior = Path.Combine(_folder, "last-year.csv");
        File.WriteAllText(prior, $"id,name,annual_output\n{firm.Id},\"{firm.Name}, old name\",92.5\n");

        var root = Run("--prior-output", prior, "--rung", "over100");

        root.GetProperty("priorOutputKnown").GetBoolean().Should().BeTrue();
        var crossed = root.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("standing").GetString() == "crossed");
        crossed.GetProperty("enterpriseId").GetString().Should().Be(firm.Id);
        crossed.GetProperty("reward").GetDouble().Should().Be(300);
        crossed.GetProperty("priorOutput").GetDouble().Should().Be(92.5);
        crossed.GetProperty("summary").GetString().Should().Contain("上年 92.5 亿元").And.Contain("300 万元");
        crossed.GetProperty("rewardBasis").GetString().Should().Contain("（征求意见稿）》第2条");
        root.GetProperty("entries").EnumerateArray().Should().OnlyContain(e => e.GetProperty("standing").GetString() == "crossed" || e.GetProperty("nextRung").GetString() == "over100");
    }

    [Fact]
    public void Pipeline_BadLastYearFile_ErrorNamesFileLineAndColumn()
    {
        Directory.CreateDirectory(_folder);
        var prior = Path.Combine(_folder, "last-year.csv");
        File.WriteAllText(prior, "enterprise_id,annual_output\nx1,12\nx2,lots\n");

        var result = CliProcess.Run(_folder, "pipeline", "--prior-output", prior);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("last-year.csv:3 [annual_output]").And.Contain("'lots'");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--rung", "gold")]
    [InlineData("--chain", "nope")]
    [InlineData("--near-margin", "1.5")]
    public void Pipeline_BadArguments_UsageError(string option, string value)
    {
        Directory.CreateDirectory(_folder);
        CliProcess.Run(_folder, "pipeline", option, value).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Pipeline_TableBothLanguages_CitesTheDraftNeverAFileNumber()
    {
        Directory.CreateDirectory(_folder);
        var zh = CliProcess.Run(_folder, "pipeline", "--chain", "ic");
        var en = CliProcess.Run(_folder, "pipeline", "--chain", "ic", "--lang", "en");

        zh.Output.Should().Contain("梯度培育名单").And.Contain("（征求意见稿）》第2条").And.Contain("卡脖子替代候选").And.Contain("亿元");
        en.Output.Should().Contain("Cultivation pipeline").And.Contain("consultation draft").And.Contain("(100m CNY)");
        foreach (var text in new[] { zh.Output, en.Output }) text.Should().NotContainAny("seed", "种子", "§");
    }

    private List<JsonElement> Checklist()
    {
        var result = CliProcess.Run(_folder, "checklist", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        return [.. JsonDocument.Parse(result.Output).RootElement.GetProperty("items").EnumerateArray()];
    }

    private static IEnumerable<string> Named(JsonElement entry) => entry.GetProperty("substituteFor").EnumerateArray().Select(i => i.GetString()!);

    private static void CheckStanding(JsonElement entry)
    {
        var checks = entry.GetProperty("checks").EnumerateArray().ToList();
        checks.Should().NotBeEmpty();
        if (entry.GetProperty("standing").GetString() == "qualifies")
        {
            checks.Should().OnlyContain(c => c.GetProperty("met").GetBoolean());
            return;
        }
        checks.Should().Contain(c => !c.GetProperty("met").GetBoolean());
        foreach (var c in checks.Where(c => !c.GetProperty("met").GetBoolean()))
        {
            c.GetProperty("maximum").GetBoolean().Should().BeFalse("a size limit has no margin");
            c.GetProperty("value").GetDouble().Should().BeGreaterThanOrEqualTo(c.GetProperty("threshold").GetDouble() * 0.85 - 1e-9);
        }
    }

    private static string? TierOf(double output) =>
        TierOutputs.Select((t, i) => (t, i)).Where(x => output >= x.t).Select(x => Tiers[x.i]).LastOrDefault();

    private static string? HighestLabel(Enterprise firm)
    {
        var words = ChainGraph.Domain.Vocabulary.FormatLabels(firm.Labels).Split(';');
        return Recognition.LastOrDefault(words.Contains);
    }

    private static string? Successor(string[] ladder, string? rung)
    {
        var position = rung is null ? 0 : Array.IndexOf(ladder, rung) + 1;
        return position < ladder.Length ? ladder[position] : null;
    }
}
