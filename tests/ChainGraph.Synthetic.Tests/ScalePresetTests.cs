using ChainGraph.Synthetic;

namespace ChainGraph.Synthetic.Tests;

public sealed class ScalePresetTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Generate_20kEnterprises200kRelations_PassesEveryImportRule()
    {
        Generate(20_000, 200_000);

        ImportRuleChecker.Check(_temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Generate_20kEnterprises200kRelations_ExactlyTheRequestedCounts()
    {
        var summary = Generate(20_000, 200_000);
        var files = new GeneratedFiles(_temp.Path);

        files.Enterprises.Rows.Should().HaveCount(20_000);
        files.Memberships.Rows.Should().HaveCount(20_000);
        files.Supplies.Rows.Should().HaveCount(200_000);
        summary.Supplies.Should().Be(200_000);
        summary.Events.Should().Be(files.Events.Rows.Count);
    }

    [Fact]
    public void Generate_20kEnterprises_AboutOnePercentHaveEvents()
    {
        var summary = Generate(20_000, 200_000);

        summary.Events.Should().BeInRange(60, 400);
    }

    [Fact]
    public void Generate_RelationsAtCapacity_StillDistinctAndExact()
    {
        var capacity = (int)new ScaleLayout(new TemplateGraph(ChainTemplates.All), 1_000).Capacity();

        var summary = Generate(1_000, capacity);

        summary.Supplies.Should().Be(capacity);
        ImportRuleChecker.Check(_temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Layout_AnySize_CountsAddUpAndOwnersFit()
    {
        var graph = new TemplateGraph(ChainTemplates.All);

        foreach (var n in new[] { 1_000, 1_001, 20_000, 1_000_000 })
        {
            var layout = new ScaleLayout(graph, n);
            Enumerable.Range(0, graph.Segments.Count).Sum(layout.Count).Should().Be(n);
            Enumerable.Range(0, graph.Segments.Count).Should().OnlyContain(s => layout.Count(s) >= layout.OwnerCount(s) + 2);
        }
    }

    private GenerationSummary Generate(int enterprises, int relations) =>
        ScalePreset.Generate(new Random(7), enterprises, relations, _temp.Path, OutputFormat.Csv, TextWriter.Null);
}
