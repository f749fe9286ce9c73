using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Import;

/// <summary>Keeps import/templates honest: every file follows its spec, documents every column, and imports cleanly.</summary>
public sealed class TemplateTests
{
    public static TheoryData<string> Stems => [.. FileSpecs.All.Select(s => s.Stem)];

    [Theory]
    [MemberData(nameof(Stems))]
    public void Template_HeaderHasEveryColumnOfTheSpecAndTheReadmeDocumentsThem(string stem)
    {
        var spec = FileSpecs.All.Single(s => s.Stem == stem);
        var header = File.ReadLines(Path.Combine(TestFolder.Templates, stem + ".csv")).First().Split(',');
        var readme = File.ReadAllText(Path.Combine(TestFolder.Templates, "README.md"));

        header.Should().Equal(spec.Columns.Select(c => c.Name));
        readme.Should().Contain($"## {stem}.csv");
        foreach (var column in spec.Columns) readme.Should().Contain($"| `{column.Name}` | {(column.Required ? "yes" : "no")} |");
    }

    [Fact]
    public async Task Templates_ImportWithoutIssues()
    {
        using var folder = new TestFolder();
        using var store = SqliteGraphStore.Open(folder.Store);

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(TestFolder.Templates));

        outcome.Report.Issues.Should().BeEmpty("the README beside the templates is documentation, not data");
        outcome.Written.Should().BeTrue();
    }
}
