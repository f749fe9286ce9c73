using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Sqlite;

public sealed class ImportedFilesTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_SameFilesAgain_CountedUnchangedWithoutReadingThemToWrite()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        var first = await Importer.ImportAsync(store, Source());
        var written = new List<string>();

        var second = await Importer.ImportAsync(store, Source(), Progress(p => { if (p.Phase == "writing") written.Add(p.File); }));

        written.Should().BeEmpty();
        second.Counts.Should().BeEquivalentTo(first.Counts!.Select(c => new WriteCounts(c.Kind, 0, 0, c.Written)));
    }

    [Fact]
    public async Task Import_OneFileChanged_OnlyThatFileReadToWrite()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        await Importer.ImportAsync(store, Source());
        _folder.Replace("enterprises.csv", "1520.5", "1600");
        var written = new HashSet<string>();

        var outcome = await Importer.ImportAsync(store, Source(), Progress(p => { if (p.Phase == "writing") written.Add(p.File); }));

        written.Should().Equal("enterprises.csv");
        outcome.Counts!.Single(c => c.Kind == RecordKind.Enterprises).Should().Be(new WriteCounts(RecordKind.Enterprises, 0, 1, 2));
    }

    [Fact]
    public async Task Import_SameFilesAfterARemoval_RestoresWhatWasRemoved()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        await Importer.ImportAsync(store, Source());
        var supplies = (await store.GetStatsAsync()).Supplies;
        await store.RemoveAsync(Removal.Supply("914403001000000248", "91440300100000016D", "nev-cell"));

        var outcome = await Importer.ImportAsync(store, Source());

        outcome.Counts!.Single(c => c.Kind == RecordKind.Supplies).Inserted.Should().Be(1);
        (await store.GetStatsAsync()).Supplies.Should().Be(supplies);
    }

    [Fact]
    public async Task Import_AfterAnImportThatChangedOneFile_TheOthersStayKnown()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        await Importer.ImportAsync(store, Source());
        _folder.Replace("enterprises.csv", "1520.5", "1600");
        await Importer.ImportAsync(store, Source());
        _folder.Replace("enterprises.csv", "1600", "1520.5");
        var written = new HashSet<string>();

        var outcome = await Importer.ImportAsync(store, Source(), Progress(p => { if (p.Phase == "writing") written.Add(p.File); }));

        written.Should().Equal("enterprises.csv");
        outcome.Counts!.Single(c => c.Kind == RecordKind.Enterprises).Should().Be(new WriteCounts(RecordKind.Enterprises, 0, 1, 2));
        (await store.LoadDatasetAsync()).Enterprises.Single(e => e.Id == "91440300100000016D").AnnualOutput.Should().Be(1520.5);
    }

    private ImportSource Source() => ImportSource.FromDirectory(_folder.Import);

    private static IProgress<ImportProgress> Progress(Action<ImportProgress> report) => new SyncProgress(report);

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
