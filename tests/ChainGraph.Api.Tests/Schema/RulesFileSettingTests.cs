using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Tests.Schema;

/// <summary><c>ChainGraph:Analysis:RulesFile</c>: the bureau's baselines read at start, a bad row refused at start with its file and line.</summary>
public sealed class RulesFileSettingTests : IDisposable, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-rules-tests", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        using var store = SqliteGraphStore.Open(StorePath);
        await Importer.ImportAsync(store, ImportSource.FromDirectory(RepositoryPaths.Of("import", "templates")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string StorePath => Path.Combine(_folder, "store.db");

    [Fact]
    public async Task Start_RulesFileWithAnUnknownSegment_RefusedNamingFileAndLine()
    {
        var rules = Path.Combine(_folder, "rules.csv");
        await File.WriteAllTextAsync(rules, "segment,min_local_firms\n*,3\nno-such-segment,2\n");
        await using var app = Build(rules);

        var start = () => app.StartAsync();

        var error = (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message;
        error.Should().Contain($"{rules}:3").And.Contain("no-such-segment");
    }

    [Fact]
    public async Task Start_MissingRulesFile_Refused()
    {
        await using var app = Build(Path.Combine(_folder, "absent.csv"));

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("absent.csv").And.Contain("does not exist");
    }

    [Fact]
    public async Task Snapshot_ValidRulesFile_BaselinesComeFromItsRow()
    {
        var rules = Path.Combine(_folder, "rules.csv");
        await File.WriteAllTextAsync(rules, "segment,min_local_firms,min_near_share\n*,40,0.9\n");
        await using var app = Build(rules);
        await app.StartAsync();

        var snapshot = app.Services.GetRequiredService<ChainGraph.Application.Snapshots.SnapshotHolder>().Current;

        var baselines = snapshot.Dataset.Segments.Select(snapshot.Analyzer.Settings.BaselineFor).ToList();
        baselines.Should().NotBeEmpty().And.OnlyContain(b => b.MinimumLocalFirms == 40 && b.MinimumNearShare == 0.9 && b.Source.EndsWith("rules.csv:2"));
        await app.StopAsync();
    }

    private WebApplication Build(string rules) => ChainGraphApp.Build(["--urls", "http://127.0.0.1:0", "--ChainGraph:Store:Path", StorePath,
        "--ChainGraph:Import:Root", Path.Combine(_folder, "imports"), "--ChainGraph:Analysis:RulesFile", rules]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
