using System.Text.Json;

namespace ChainGraph.Cli.Tests.Commands;

/// <summary>`chaingraph targets` and `chaingraph whatif --add` through the real program on the bundled sample.</summary>
public sealed class TargetsCommandTests(ChecklistSampleTests.Run run) : IClassFixture<ChecklistSampleTests.Run>
{
    [Fact]
    public void Targets_Chain_EveryItemOfTheChainWithRankedCandidatesInChinese()
    {
        var result = CliProcess.Run(run.Folder, "targets", "--chain", "ic", "--top", "3");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("集成电路：替代候选与招商目标").And.Contain("招商目标：").And.Contain("替代候选：").And.NotContain("seed");
        var items = run.Items.Where(i => i.GetProperty("chainId").GetString() == "ic").ToList();
        foreach (var item in items) result.Output.Should().Contain(item.GetProperty("segmentName").GetString()!);
    }

    [Fact]
    public void Targets_Json_FullListsLongerThanTheItemsTopFive_SameFirstCandidates()
    {
        var result = CliProcess.Run(run.Folder, "targets", "--chain", "ic", "--format", "json", "--top", "20");

        result.ExitCode.Should().Be(0, result.Error);
        var items = JsonDocument.Parse(result.Output).RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Should().NotBeEmpty();
        var checklist = run.Items.ToDictionary(i => i.GetProperty("id").GetString()!);
        foreach (var item in items)
        {
            var onChecklist = checklist[item.GetProperty("id").GetString()!];
            foreach (var list in new[] { "substitutes", "attractionTargets" })
            {
                var full = item.GetProperty(list).EnumerateArray().Select(c => c.GetProperty("enterpriseId").GetString()).ToList();
                var top = onChecklist.GetProperty(list).EnumerateArray().Select(c => c.GetProperty("enterpriseId").GetString()).ToList();
                full.Take(top.Count).Should().Equal(top, "the checklist item holds the first of the full list");
                full.Count.Should().BeLessThanOrEqualTo(20);
            }
        }
        items.Should().Contain(i => i.GetProperty("attractionTargets").GetArrayLength() > 5, "the full list goes beyond the item's top five");
    }

    [Theory]
    [InlineData("--chain", "nope", "chains: ic")]
    [InlineData("--segment", "nope", "segments: ic-")]
    [InlineData("--top", "0", "--top must be at least 1")]
    public void Targets_BadArguments_ExitTwoSayingWhatWouldWork(string option, string value, string listed)
    {
        var args = option == "--chain" ? new[] { "targets", option, value } : ["targets", "--chain", "ic", option, value];

        var result = CliProcess.Run(run.Folder, args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(listed);
    }

    [Fact]
    public void WhatIfAdd_AttractingTheFirstTargetOfAMissingLink_ImprovesIt()
    {
        var missing = run.Items.First(i => i.GetProperty("type").GetString() == "missing");
        var target = missing.GetProperty("attractionTargets")[0].GetProperty("enterpriseId").GetString()!;

        var result = CliProcess.Run(run.Folder, "whatif", "--add", target, "--district", "坪山", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        var impact = JsonDocument.Parse(result.Output).RootElement;
        var item = impact.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemId").GetString() == missing.GetProperty("id").GetString());
        item.GetProperty("outcome").GetString().Should().BeOneOf("resolved", "improved");
        item.GetProperty("typeAfter").GetString().Should().NotBe("missing", "one capable local firm ends a missing link");
        var table = CliProcess.Run(run.Folder, "whatif", "--add", target, "--district", "坪山");
        table.Output.Should().Contain("缺失环节 → 薄弱环节").And.Contain("本地配套率");
    }

    [Theory]
    [InlineData("--district", "火星", "districts: 福田")]
    [InlineData("--segment", "nope", "segments: ")]
    public void WhatIfAdd_BadArguments_ExitTwoListingValidValues(string option, string value, string listed)
    {
        var firm = run.Items.First(i => i.GetProperty("type").GetString() == "missing").GetProperty("attractionTargets")[0].GetProperty("enterpriseId").GetString()!;
        var args = option == "--district" ? new[] { "whatif", "--add", firm, "--district", value } : ["whatif", "--add", firm, "--district", "南山", option, value];

        var result = CliProcess.Run(run.Folder, args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(listed);
        CliProcess.Run(run.Folder, "whatif", "--add", "no-such-firm", "--district", "南山").ExitCode.Should().Be(2);
    }
}
