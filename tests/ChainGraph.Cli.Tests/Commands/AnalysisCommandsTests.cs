using System.Text.Json;

namespace ChainGraph.Cli.Tests.Commands;

/// <summary>`checklist` and `whatif` on the bundled sample, through the real program.</summary>
public sealed class AnalysisCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

    public AnalysisCommandsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Checklist_Sample_RankedItemsOfEveryKindWithActions()
    {
        var result = CliProcess.Run(_folder, "checklist", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var items = JsonDocument.Parse(result.Output).RootElement.GetProperty("items").EnumerateArray().ToList();
        var types = items.Select(i => i.GetProperty("type").GetString()).Distinct().ToList();
        types.Should().Contain(["missing", "weak", "foreign_chokepoint"]).And.Contain(t => t == "chokepoint" || t == "sole_source");
        items.Select(i => i.GetProperty("severity").GetDouble()).Should().BeInDescendingOrder();
        items.Should().OnlyContain(i => i.GetProperty("reasons").GetArrayLength() > 0 && i.GetProperty("instrument").GetProperty("name").GetString()!.Length > 0);
    }

    [Fact]
    public void Checklist_CompareWithItself_NothingNewOrResolved()
    {
        var previous = Path.Combine(_folder, "previous.json");
        CliProcess.Run(_folder, "checklist", "--format", "json", "--out", previous).ExitCode.Should().Be(0);

        var result = CliProcess.Run(_folder, "checklist", "--compare", previous, "--format", "csv");

        result.ExitCode.Should().Be(0, result.Error);
        var kinds = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Distinct();
        kinds.Should().Equal("unchanged");
    }

    [Theory]
    [InlineData("checklist", "--chain", "nope")]
    [InlineData("checklist", "--format", "xml")]
    [InlineData("checklist", "--sole-source", "1.5")]
    [InlineData("whatif")]
    public void Run_BadOptions_UsageError(params string[] args) => CliProcess.Run(_folder, args).ExitCode.Should().Be(2);

    [Fact]
    public void Checklist_CompareWithNonChecklist_UsageError()
    {
        var bogus = Path.Combine(_folder, "bogus.json");
        File.WriteAllText(bogus, "{\"hello\":1}");

        var result = CliProcess.Run(_folder, "checklist", "--compare", bogus);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("is not a checklist");
    }

    [Fact]
    public void WhatIf_RemoveCountry_OwnersLoseInput()
    {
        var result = CliProcess.Run(_folder, "whatif", "--country", "JP", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        var root = JsonDocument.Parse(result.Output).RootElement;
        root.GetProperty("removed").GetArrayLength().Should().BeGreaterThan(0);
        var owners = root.GetProperty("owners").EnumerateArray().ToList();
        owners.Should().NotBeEmpty().And.OnlyContain(o => o.GetProperty("availability").GetDouble() >= 0 && o.GetProperty("availability").GetDouble() <= 1);
        owners.Should().Contain(o => o.GetProperty("availability").GetDouble() < 1);
    }
}
