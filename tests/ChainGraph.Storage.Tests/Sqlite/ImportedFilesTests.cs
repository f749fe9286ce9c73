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

    [Fact]
    public async Task Import_SameCleanFilesAgain_AnsweredFromTheirHashesWithoutValidating()
    {
        File.Delete(_folder.File("projects.csv"));
        using var store = SqliteGraphStore.Open(_folder.Store);
        var first = await Importer.ImportAsync(store, Source());
        var phases = new HashSet<string>();

        var second = await Importer.ImportAsync(store, Source(), Progress(p => phases.Add(p.Phase)));

        first.Report.Issues.Should().BeEmpty();
        phases.Should().Equal("checking");
        second.Report.Issues.Should().BeEmpty();
        second.Report.RowsRead.Should().BeEquivalentTo(first.Report.RowsRead);
        second.Counts.Should().Equal(first.Counts!.Select(c => new WriteCounts(c.Kind, 0, 0, c.Written)));
        (await store.GetVersionAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Import_ByteChangedOrProjectsOrAWarningBefore_ValidatedTheFullWay()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        await Importer.ImportAsync(store, Source());
        (await PhasesOfImport(store)).Should().Contain("validating", "projects are always validated");

        File.Delete(_folder.File("projects.csv"));
        _folder.Replace("enterprises.csv", "1520.5", "1520.6");
        var changed = await Importer.ImportAsync(store, Source());
        changed.Counts!.Single(c => c.Kind == RecordKind.Enterprises).Updated.Should().Be(1);

        _folder.Replace("enterprises.csv", "1520.6", "15.5");
        var warned = await Importer.ImportAsync(store, Source());
        warned.Report.Warnings.Should().ContainSingle(w => w.Column == "role");
        (await PhasesOfImport(store)).Should().Contain("validating", "the last import raised a warning, which must be reported again");
        (await Importer.ImportAsync(store, Source())).Report.Warnings.Should().ContainSingle(w => w.Column == "role");
    }

    private async Task<HashSet<string>> PhasesOfImport(SqliteGraphStore store)
    {
        var phases = new HashSet<string>();
        await Importer.ImportAsync(store, Source(), Progress(p => phases.Add(p.Phase)));
        return phases;
    }

    private ImportSource Source() => ImportSource.FromDirectory(_folder.Import);

    private static IProgress<ImportProgress> Progress(Action<ImportProgress> report) => new SyncProgress(report);

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
