using System.Globalization;
using System.Text.Json;
using ChainGraph.Cli.Tests.Commands;

namespace ChainGraph.Cli.Tests.Figures;

/// <summary>The briefing's recommended actions and quarterly line against the checklist and figures JSON, through the real program.</summary>
public sealed class BriefingMeasuresTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

    public BriefingMeasuresTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Briefing_Sample_ActionsNameTheChecklistsTopCandidateAndTheLocalSupplyShare()
    {
        var html = Path.Combine(_folder, "nev.html");
        var briefing = CliProcess.Run(_folder, "briefing", "--chain", "nev", "--html", html, "--date", "2026-10-01");
        briefing.ExitCode.Should().Be(0, briefing.Error);
        var checklist = JsonDocument.Parse(CliProcess.Run(_folder, "checklist", "--chain", "nev", "--format", "json").Output).RootElement;
        var figures = JsonDocument.Parse(CliProcess.Run(_folder, "figures", "--format", "json").Output).RootElement;
        var text = File.ReadAllText(html);

        var actions = text[text.IndexOf("data-table=\"actions\"", StringComparison.Ordinal)..];
        foreach (var item in checklist.GetProperty("items").EnumerateArray().Take(4))
        {
            var first = new[] { "substitutes", "attractionTargets", "localExpansion" }.Select(k => item.GetProperty(k))
                .FirstOrDefault(list => list.GetArrayLength() > 0);
            if (first.ValueKind == JsonValueKind.Array) actions.Should().Contain(System.Net.WebUtility.HtmlEncode(first[0].GetProperty("name").GetString()!));
            if (item.GetProperty("instrument").GetProperty("amount") is { ValueKind: JsonValueKind.Number } amount && amount.GetDouble() < 10_000)
                actions.Should().Contain(amount.GetDouble().ToString("0.#", CultureInfo.InvariantCulture) + "万元");
        }
        var share = figures.GetProperty("chains").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "nev").GetProperty("localSupplyShare").GetDouble();
        text.Should().Contain($"<b data-figure=\"local-supply-share\">{Math.Round(share * 100).ToString(CultureInfo.InvariantCulture)}%</b>");
    }
}
