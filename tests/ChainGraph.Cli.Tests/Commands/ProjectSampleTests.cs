using System.Text.Json;
using ChainGraph.Tests;
using Microsoft.VisualBasic.FileIO;

namespace ChainGraph.Cli.Tests.Commands;

/// <summary>
/// The 攻关项目清单 of the bundled sample through the real program: `chaingraph projects` by name, the checklist JSON's
/// <c>project</c> per item and `checklist --compare`'s project status per item and 未立项 list, checked against the
/// sample's projects.csv and enterprises.csv read here independently.
/// </summary>
public sealed class ProjectSampleTests(ChecklistSampleTests.Run run) : IClassFixture<ChecklistSampleTests.Run>
{
    private static readonly string Samples = RepositoryPaths.Of("import", "samples", "shenzhen");
    private static readonly List<Dictionary<string, string>> Projects = Csv(Path.Combine(Samples, "projects.csv"));
    private static readonly Dictionary<string, string> Names = Csv(Path.Combine(Samples, "enterprises.csv")).ToDictionary(e => e["id"], e => e["name"]);

    [Fact]
    public void Projects_Sample_ChineseTableWithEveryProjectByLeadName()
    {
        var result = CliProcess.Run(run.Folder, "projects");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.Split('\n');
        lines[1].Should().ContainAll("项目", "牵头单位", "目标", "预算（万元）", "政策工具", "支持金额（万元）", "状态", "季度", "对应清单事项");
        foreach (var p in Projects)
        {
            var line = lines.Single(l => l.StartsWith(p["id"] + " ", StringComparison.Ordinal));
            line.Should().Contain(Names[p["lead_enterprise_id"]]).And.NotContain(p["lead_enterprise_id"]).And.Contain(p["quarter"]);
            line.Should().Contain(p["status"] switch { "proposed" => "拟申报", "approved" => "已立项", "in_progress" => "实施中", _ => "已验收" });
        }
        result.Output.Should().NotContainAny("seed", "种子", "§", "in_progress", "major-project");
    }

    [Fact]
    public void Projects_ChainAndStatus_JsonHoldsExactlyThoseWithSnakeCaseWords()
    {
        var result = CliProcess.Run(run.Folder, "projects", "--chain", "nev", "--status", "in_progress", "--format", "json", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        var listed = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        listed.Select(p => p.GetProperty("id").GetString()).Should().BeEquivalentTo(
            Projects.Where(p => p["chain_id"] == "nev" && p["status"] == "in_progress").Select(p => p["id"]));
        listed.Should().OnlyContain(p => p.GetProperty("status").GetString() == "in_progress" && p.GetProperty("statusName").GetString() == "in progress");
    }

    [Theory]
    [InlineData("--status", "done")]
    [InlineData("--chain", "nowhere")]
    public void Projects_UnknownStatusOrChain_UsageErrorListingValidWords(string option, string value)
    {
        var result = CliProcess.Run(run.Folder, "projects", option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(value).And.ContainAny("proposed | approved | in_progress | accepted", "nev");
    }

    [Fact]
    public void ChecklistJson_Sample_EachItemCarriesTheProjectFiledForIt()
    {
        var byItem = Projects.ToDictionary(p => p["item_id"]);

        foreach (var item in run.Items)
        {
            var project = item.GetProperty("project");
            if (byItem.TryGetValue(item.GetProperty("id").GetString()!, out var p))
            {
                (project.GetProperty("id").GetString(), project.GetProperty("leadEnterpriseId").GetString(), project.GetProperty("status").GetString())
                    .Should().Be((p["id"], p["lead_enterprise_id"], p["status"]));
                item.GetProperty("instrument").GetProperty("amount").GetDouble().Should().BeLessThanOrEqualTo(item.GetProperty("instrument").GetProperty("cap").GetDouble());
            }
            else project.ValueKind.Should().Be(JsonValueKind.Null);
        }
        run.Items.Count(i => i.GetProperty("project").ValueKind == JsonValueKind.Object).Should().Be(Projects.Count, "every sample project answers a listed item");
    }

    [Fact]
    public void Compare_Sample_ProjectStatusPerItemAndUnfiledCriticalAndHighItems()
    {
        var previous = Path.Combine(run.Folder, "previous-projects.json");
        File.WriteAllText(previous, JsonSerializer.Serialize(new { items = run.Items.Skip(1).Select(i => new { id = i.GetProperty("id").GetString(), severity = 0.1 }) }));
        var unfiled = run.Items.Where(i => i.GetProperty("project").ValueKind == JsonValueKind.Null && i.GetProperty("level").GetString() is "critical" or "high").ToList();

        var table = CliProcess.Run(run.Folder, "checklist", "--compare", previous);
        var csv = CliProcess.Run(run.Folder, "checklist", "--compare", previous, "--format", "csv");

        table.ExitCode.Should().Be(0, table.Error);
        table.Output.Should().Contain($"攻关项目：{Projects.Count} 项清单事项已有项目").And.Contain($"未立项（严重、高 {unfiled.Count} 项）");
        var lines = table.Output.Split('\n');
        foreach (var p in Projects) lines.Should().Contain(l => l.Contains($" · {p["id"]} · {p["quarter"]}"));
        var rows = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        rows.Count(r => r.EndsWith(",none", StringComparison.Ordinal)).Should().Be(unfiled.Count);
        foreach (var p in Projects) rows.Should().ContainSingle(r => r.Contains("," + p["item_id"] + ",") && r.EndsWith($",{p["id"]},{p["status"]}", StringComparison.Ordinal));
    }

    private static List<Dictionary<string, string>> Csv(string path)
    {
        using var parser = new TextFieldParser(path) { HasFieldsEnclosedInQuotes = true, Delimiters = [","] };
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData) rows.Add(header.Zip(parser.ReadFields()!).ToDictionary(p => p.First, p => p.Second));
        return rows;
    }
}
