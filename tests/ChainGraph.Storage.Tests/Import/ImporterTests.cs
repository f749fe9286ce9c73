using System.Text.Json;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Import;

public sealed class ImporterTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_SameFilesTwice_SecondChangesNothing()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        var first = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));
        var version = (await store.GetVersionAsync());

        var second = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        first.Counts!.Sum(c => c.Inserted).Should().Be(16);
        second.Counts!.Should().OnlyContain(c => c.Inserted == 0 && c.Updated == 0 && c.Unchanged > 0);
        (await store.GetVersionAsync()).Should().Be(version);
    }

    [Fact]
    public async Task Import_ChangedValue_CountsOneUpdateAndBumpsVersion()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));
        var version = (await store.GetVersionAsync());
        _folder.Replace("enterprises.csv", "1520.5", "1600");

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        outcome.Counts!.Single(c => c.Kind == RecordKind.Enterprises).Should().Be(new WriteCounts(RecordKind.Enterprises, 0, 1, 2));
        (await store.GetVersionAsync()).Should().Be(version + 1);
        (await store.LoadDatasetAsync()).Enterprises.Single(e => e.Id == "91440300100000016D").AnnualOutput.Should().Be(1600);
    }

    [Fact]
    public async Task Import_OneBadRowAmongGood_WritesNothing()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        _folder.Append("supplies.csv", "914403001000000248,91440300100000016D,nev-cell,7,,,,");

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        outcome.Written.Should().BeFalse();
        (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
        (await store.GetVersionAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Import_JsonLines_SameStoreAsCsv()
    {
        using var csvStore = SqliteGraphStore.Open(Path.Combine(_folder.Path, "csv.db"));
        await Importer.ImportAsync(csvStore, ImportSource.FromDirectory(_folder.Import));
        using var jsonl = new TestFolder(withTemplates: false);
        foreach (var file in Directory.GetFiles(_folder.Import, "*.csv")) ConvertToJsonLines(file, jsonl.Import);
        using var jsonStore = SqliteGraphStore.Open(jsonl.Store);

        var outcome = await Importer.ImportAsync(jsonStore, ImportSource.FromDirectory(jsonl.Import));

        outcome.Report.Issues.Should().BeEmpty();
        (await Describe(jsonStore)).Should().Be(await Describe(csvStore));
    }

    [Fact]
    public async Task Import_JsonLinesLabelsAsArrayAndBadLines_ReadsArrayAndReportsLines()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        File.Delete(_folder.File("events.csv"));
        _folder.Write("events.jsonl", "{\"enterprise_id\":\"9136050020000003XX\",\"date\":\"2024-03-15\",\"type\":\"quality\",\"severity\":0.5,\"note\":\"x\"}\n\nnot json\n[1]\n");

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        outcome.Report.Warnings.Should().Contain(i => i.Line == 1 && i.Column == "note");
        outcome.Report.Errors.Select(e => e.Line).Should().Equal(3, 4);
    }

    [Fact]
    public async Task Write_CancelledMidway_StoreUnchanged()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Phase == "writing" && p.File == "supplies.csv") cancel.Cancel(); });

        var act = async () => await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import), progress, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
    }

    private static async Task<string> Describe(IGraphStore store)
    {
        var d = await store.LoadDatasetAsync();
        return string.Join("\n", d.Enterprises.Select(e => e.ToString()).Concat(d.Chains.Select(c => c.ToString())).Concat(d.Segments.Select(s => s.ToString()))
            .Concat(d.Memberships.Select(m => m.ToString())).Concat(d.Events.Select(e => e.ToString())).Concat(d.Supplies.Share.ToArray().Select(s => s.ToString())));
    }

    private static void ConvertToJsonLines(string csvFile, string folder)
    {
        var spec = FileSpecs.All.Single(s => s.Stem == Path.GetFileNameWithoutExtension(csvFile));
        var issues = new List<ImportIssue>();
        using var reader = new SourceFile(spec, csvFile, false).Open(issues)!;
        using var output = new StreamWriter(Path.Combine(folder, spec.Stem + ".jsonl"));
        while (reader.TryRead(out var record, issues))
        {
            var fields = spec.Columns.Select((c, i) => (c.Name, Value: record.Values[i])).Where(f => f.Value is not null).ToDictionary(f => f.Name, f => (object)f.Value!);
            output.WriteLine(JsonSerializer.Serialize(fields));
        }
    }

    /// <summary>Runs the callback on the reporting thread (Progress&lt;T&gt; would post it elsewhere).</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
