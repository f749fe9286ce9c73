using System.Globalization;
using System.Text.Json;
using ChainGraph.Tests;

namespace ChainGraph.Cli.Tests.Commands;

/// <summary>
/// The checklist's rules over the whole bundled sample (docs/checklist-method.md), checked against the sample's CSV files
/// read here independently: firm status, scope, strong segments, distinct severities, merged duplicates, chain health,
/// the verify list, and the words a user reads.
/// </summary>
public sealed class ChecklistSampleTests : IClassFixture<ChecklistSampleTests.Run>
{
    private readonly Run _run;

    public ChecklistSampleTests(Run run) => _run = run;

    [Fact]
    public void Checklist_Sample_NoItemRestsOnAFirmThatIsNotLive()
    {
        var dead = _run.Sample.NotLive;
        dead.Should().NotBeEmpty("the sample has closed and suspended firms");
        foreach (var item in _run.Items) Ids(item, "enterpriseIds").Should().NotIntersectWith(dead, Title(item));
    }

    [Fact]
    public void Checklist_Sample_EveryItemThreatensLocalFirmsOnly()
    {
        foreach (var item in _run.Items)
        {
            var threatened = Ids(item, "ownersThreatened");
            threatened.Should().NotBeEmpty(Title(item));
            threatened.Should().OnlyContain(name => _run.Sample.LocalNames.Contains(name), Title(item));
        }
    }

    [Fact]
    public void Checklist_Sample_NoWeakLinkWithFiftyCapableLocalFirms()
    {
        var strong = _run.Sample.SegmentsWithLiveLocalFirms(50);
        strong.Should().NotBeEmpty("the sample has segments with many local firms (芯片设计 among them)");
        _run.Items.Where(i => i.GetProperty("type").GetString() == "weak").Select(i => i.GetProperty("segmentId").GetString())
            .Should().NotIntersectWith(strong);
    }

    [Fact]
    public void Checklist_Sample_EqualSeveritiesOnlyForEqualEvidence()
    {
        foreach (var tie in _run.Items.GroupBy(i => (Link: i.GetProperty("id").GetString()!.StartsWith("link:"), Severity: i.GetProperty("severity").GetDouble())))
            tie.Select(i => Terms(i)).Distinct().Should().ContainSingle($"items {string.Join(", ", tie.Select(Title))} score the same on different evidence");
        _run.Items.GroupBy(i => i.GetProperty("severity").GetDouble()).Should().OnlyContain(g => g.Count() <= 2, "no block of identical scores");
    }

    [Fact]
    public void Checklist_Sample_DuplicatesMerged()
    {
        var chokepoints = _run.Items.Where(i => i.GetProperty("id").GetString()!.StartsWith("chokepoint:")).ToList();
        var firms = chokepoints.SelectMany(i => Ids(i, "enterpriseIds").Select(e => (i.GetProperty("chainId").GetString(), e))).ToList();
        firms.Should().OnlyHaveUniqueItems("one item per chain and firm, whatever rules reach it");
        _run.Items.Select(i => i.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Checklist_Sample_NotEveryChainInDanger()
    {
        var health = _run.Json.GetProperty("chains").EnumerateArray().Select(c => c.GetProperty("health").GetString()).ToList();
        health.Should().HaveCount(6).And.Contain(h => h != "danger");
    }

    [Fact]
    public void Checklist_Sample_VerifyListHoldsEverySupplyFromAFirmNotLiveToALocalFirm()
    {
        var verify = _run.Json.GetProperty("verify").EnumerateArray().ToList();
        verify.Should().HaveCount(_run.Sample.SuppliesFromNotLiveToLocal);
        verify.Should().OnlyContain(v => _run.Sample.NotLive.Contains(v.GetProperty("supplierId").GetString()!) && v.GetProperty("reason").GetProperty("zh").GetString()!.Length > 0);
        verify.Select(v => v.GetProperty("standing").GetString()).Distinct().Should().Contain(["closed", "suspended", "recent_closure"]);
    }

    [Theory]
    [InlineData("checklist", "--top", "20")]
    [InlineData("checklist", "--top", "20", "--lang", "en")]
    [InlineData("checklist", "--format", "csv")]
    [InlineData("checklist", "--format", "csv", "--lang", "en")]
    [InlineData("checklist", "--format", "json")]
    [InlineData("whatif", "--country", "JP")]
    [InlineData("whatif", "--region", "江苏", "--lang", "en")]
    public void Outputs_Sample_NoSeedNoSectionSignNoEnumCasing(params string[] args)
    {
        var result = CliProcess.Run(_run.Folder, args);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().NotContainAny("seed", "Seed", "种子", "§", "ForeignChokepoint", "SoleSource");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    [InlineData("json")]
    public void Compare_Sample_NamesNotIdsAndNoSeed(string format)
    {
        var previous = Path.Combine(_run.Folder, "previous.json");
        File.WriteAllText(previous, JsonSerializer.Serialize(new { items = new object[]
        {
            new { id = "link:ic:ic-design", severity = 0.8, type = "missing", chainName = "集成电路", segmentName = "芯片设计" },
            new { id = "link:ic:ic-litho", severity = 0.7, type = "missing" },
        } }));

        var result = CliProcess.Run(_run.Folder, "checklist", "--compare", previous, "--format", format);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("集成电路 / 芯片设计", "a resolved item is named by the previous file's names").And.Contain("集成电路 / 光刻机");
        result.Output.Should().NotContainAny("seed", "种子", "§");
        if (format == "table") result.Output.Should().Contain("已解决").And.NotContain("link:ic:ic-litho");
    }

    [Theory]
    [InlineData("--district", "Baoan", "宝安")]
    [InlineData("--region", "Jiangsu", "江苏")]
    [InlineData("--country", "XX", "JP")]
    public void WhatIf_UnknownPlace_UsageErrorListingValidNames(string option, string value, string listed)
    {
        var result = CliProcess.Run(_run.Folder, "whatif", option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(value).And.Contain(listed);
    }

    private static HashSet<string> Ids(JsonElement item, string property) => [.. item.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    private static string Terms(JsonElement item) => item.GetProperty("terms").GetRawText();

    private static string Title(JsonElement item) => item.GetProperty("id").GetString()!;

    /// <summary>One data folder seeded with the sample, and its checklist as JSON, shared by the tests.</summary>
    public sealed class Run : IDisposable
    {
        public Run()
        {
            Directory.CreateDirectory(Folder);
            var result = CliProcess.Run(Folder, "checklist", "--format", "json");
            if (result.ExitCode != 0) throw new InvalidOperationException(result.Error);
            Json = JsonDocument.Parse(result.Output).RootElement.Clone();
            Items = [.. Json.GetProperty("items").EnumerateArray()];
        }

        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

        public JsonElement Json { get; }

        public IReadOnlyList<JsonElement> Items { get; }

        public SampleFiles Sample { get; } = new(RepositoryPaths.Of("import", "samples", "shenzhen"));

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    /// <summary>The sample's CSV files, read without the program's code: who is local, who is live, who serves what.</summary>
    public sealed class SampleFiles
    {
        private readonly List<Dictionary<string, string>> _enterprises;
        private readonly List<Dictionary<string, string>> _supplies;
        private readonly List<Dictionary<string, string>> _memberships;

        public SampleFiles(string folder)
        {
            _enterprises = Csv(Path.Combine(folder, "enterprises.csv"));
            _supplies = Csv(Path.Combine(folder, "supplies.csv"));
            _memberships = Csv(Path.Combine(folder, "enterprise_segments.csv"));
            var events = Csv(Path.Combine(folder, "events.csv"));
            var asOf = events.Max(e => DateOnly.Parse(e["date"], CultureInfo.InvariantCulture));
            var recent = events.Where(e => e["type"] == "closure" && DateOnly.Parse(e["date"], CultureInfo.InvariantCulture) >= asOf.AddMonths(-24)).Select(e => e["enterprise_id"]);
            NotLive = [.. _enterprises.Where(e => e["status"] is "closed" or "suspended").Select(e => e["id"]).Concat(recent)];
            Local = [.. _enterprises.Where(e => e["district"].Length > 0 && e["country"] == "CN").Select(e => e["id"])];
            LocalNames = [.. _enterprises.Where(e => Local.Contains(e["id"])).Select(e => e["name"])];
        }

        public HashSet<string> NotLive { get; }

        public HashSet<string> Local { get; }

        public HashSet<string> LocalNames { get; }

        public int SuppliesFromNotLiveToLocal => _supplies.Count(s => NotLive.Contains(s["supplier_id"]) && Local.Contains(s["customer_id"]));

        /// <summary>True when the firm is a member of the segment or supplies it.</summary>
        public bool Serves(string firm, string segment) =>
            _memberships.Any(m => m["enterprise_id"] == firm && m["segment_id"] == segment)
            || _supplies.Any(s => s["supplier_id"] == firm && s["segment_id"] == segment);

        /// <summary>Live firms serving the segment (membership or supply).</summary>
        public HashSet<string> LiveServing(string segment) =>
        [
            .. _memberships.Where(m => m["segment_id"] == segment).Select(m => m["enterprise_id"])
                .Concat(_supplies.Where(s => s["segment_id"] == segment).Select(s => s["supplier_id"])).Where(f => !NotLive.Contains(f)),
        ];

        /// <summary>Segments served (membership or supply) by at least <paramref name="count"/> live local firms.</summary>
        public HashSet<string> SegmentsWithLiveLocalFirms(int count) =>
        [
            .. _memberships.Select(m => (Segment: m["segment_id"], Firm: m["enterprise_id"]))
                .Concat(_supplies.Select(s => (Segment: s["segment_id"], Firm: s["supplier_id"])))
                .Where(p => Local.Contains(p.Firm) && !NotLive.Contains(p.Firm)).Distinct()
                .GroupBy(p => p.Segment).Where(g => g.Count() >= count).Select(g => g.Key),
        ];

        // A small reader that honours quoted fields (names may hold commas) is all these files need.
        private static List<Dictionary<string, string>> Csv(string path)
        {
            var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
            var header = Split(lines[0]);
            return [.. lines.Skip(1).Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second))];
        }

        private static List<string> Split(string line)
        {
            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = !quoted;
                else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
                else cell.Append(c);
            }
            cells.Add(cell.ToString());
            return cells;
        }
    }
}
