using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Sqlite;

public sealed class ImportedFilesTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Import_SameFilesAgain_CountedUnchangedWithoutReadingThemToWrite()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        var first = Importer.Import(store, Source());
        var written = new List<string>();

        var second = Importer.Import(store, Source(), Progress(p => { if (p.Phase == "writing") written.Add(p.File); }));

        written.Should().BeEmpty();
        second.Counts.Should().BeEquivalentTo(first.Counts!.Select(c => new WriteCounts(c.Kind, 0, 0, c.Written)));
    }

    [Fact]
    public void Import_OneFileChanged_OnlyThatFileReadToWrite()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        Importer.Import(store, Source());
        _folder.Replace("enterprises.csv", "1520.5", "1600");
        var written = new HashSet<string>();

        var outcome = Importer.Import(store, Source(), Progress(p => { if (p.Phase == "writing") written.Add(p.File); }));

        written.Should().Equal("enterprises.csv");
        outcome.Counts!.Single(c => c.Kind == RecordKind.Enterprises).Should().Be(new WriteCounts(RecordKind.Enterprises, 0, 1, 2));
    }

    [Fact]
    public void Import_SameFilesAfterARemoval_RestoresWhatWasRemoved()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        Importer.Import(store, Source());
        var supplies = store.GetStats().Supplies;
        store.Remove(Removal.Supply("914403001000000248", "91440300100000016D", "nev-cell"));

        var outcome = Importer.Import(store, Source());

        outcome.Counts!.Single(c => c.Kind == RecordKind.Supplies).Inserted.Should().Be(1);
        store.GetStats().Supplies.Should().Be(supplies);
    }

    [Fact]
    public void Import_AfterAnImportThatChangedOneFile_TheOthersStayKnown()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        Importer.Import(store, Source());
        _folder.Replace("enterprises.csv", "1520.5", "1600");
        Importer.Import(store, Source());
        _folder.Replace("enterprises.csv", "1600", "1520.5");
        var written = new HashSet<string>();

        var outcome = Importer.Import(store, Source(), Progress(p => { if (p.Phase == "writing") written.Add(p.File); }));

        written.Should().Equal("enterprises.csv");
        outcome.Counts!.Single(c => c.Kind == RecordKind.Enterprises).Should().Be(new WriteCounts(RecordKind.Enterprises, 0, 1, 2));
        store.LoadDataset().Enterprises.Single(e => e.Id == "91440300100000016D").AnnualOutput.Should().Be(1520.5);
    }

    private ImportSource Source() => ImportSource.FromDirectory(_folder.Import);

    private static IProgress<ImportProgress> Progress(Action<ImportProgress> report) => new SyncProgress(report);

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
