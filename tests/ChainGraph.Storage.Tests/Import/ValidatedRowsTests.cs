using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Tests.Import;

/// <summary>The SQLite store writes the memberships and supplies validation kept instead of parsing their files again.</summary>
public sealed class ValidatedRowsTests : IDisposable
{
    private const string Owner = "91440300100000016D";
    private const string CellMaker = "914403001000000248";
    private const string Lithium = "9136050020000003XX";

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Sample => RepositoryPaths.Of("import", "samples", "shenzhen");

    [Fact]
    public void StartSorting_ThenSortedRows_InKeyOrderAndDisposeWaitsForTheSort()
    {
        var random = new Random(5);
        var kept = new ValidatedRows(_folder.Path);
        var supplies = Enumerable.Range(0, 200_000).Select(i => new ValidatedSupply(random.Next(1000), random.Next(20), random.Next(1000), 0.1,
            double.NaN, double.NaN, -1, -1)).ToList();
        var memberships = Enumerable.Range(0, 50_000).Select(i => new ValidatedMembership(random.Next(1000), random.Next(20),
            SegmentRole.Supplier)).ToList();
        supplies.ForEach(kept.Supplies.Add);
        memberships.ForEach(kept.Memberships.Add);

        kept.StartSorting();
        var sortedMemberships = kept.SortedMemberships().ToList();
        var sortedSupplies = kept.SortedSupplies().ToList();
        kept.StartSorting();
        kept.Dispose();

        sortedSupplies.Should().Equal(supplies.Order());
        sortedMemberships.Should().Equal(memberships.Order());
        kept.Supplies.Sorted().Should().BeEmpty("disposing let go of the rows, after the second sort finished");
    }

    [Fact]
    public async Task Import_FilesChangedOnDiskAfterValidation_WritesTheRowsValidated()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        var changed = false;
        var progress = new SyncProgress(p =>
        {
            if (p.Phase != "writing" || changed) return;
            _folder.Replace("supplies.csv", ",0.85,", ",0.5,");
            _folder.Replace("enterprise_segments.csv", $"{CellMaker},nev-cell,core", $"{CellMaker},nev-cell,supplier");
            changed = true;
        });

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import), progress);

        changed.Should().BeTrue();
        outcome.Counts!.Where(c => c.Kind is RecordKind.Memberships or RecordKind.Supplies).Should().Equal(
            new WriteCounts(RecordKind.Memberships, 3, 0, 0), new WriteCounts(RecordKind.Supplies, 2, 0, 0));
        Supplies(_folder.Store).Should().Contain($"{CellMaker}|{Owner}|nev-cell|0.85|2350000.0|0.2|180|2016-05-01");
        Memberships(_folder.Store).Should().Contain($"{CellMaker}|nev-cell|core");
        var again = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));
        again.Counts!.Where(c => c.Kind is RecordKind.Memberships or RecordKind.Supplies).Should().Equal(
            [new WriteCounts(RecordKind.Memberships, 0, 1, 2), new WriteCounts(RecordKind.Supplies, 0, 1, 1)],
            "the store recorded the contents it validated and wrote, so the changed files are read, not skipped as unchanged");
    }

    [Fact]
    public async Task Import_KeptSuppliesSpilledInRuns_SameStoreAsHeldInMemory()
    {
        var spilled = Path.Combine(_folder.Path, "spilled", "store.db");
        var runsSeen = 0;
        var progress = new SyncProgress(p => runsSeen = Math.Max(runsSeen, RunFiles(spilled).Length));
        using (var store = SqliteGraphStore.Open(spilled))
            (await Importer.ImportAsync(store, ImportSource.FromDirectory(Sample), 1_000, progress, default, null, null)).Written
                .Should().BeTrue();
        using (var store = SqliteGraphStore.Open(_folder.Store))
            (await Importer.ImportAsync(store, ImportSource.FromDirectory(Sample))).Written.Should().BeTrue();

        runsSeen.Should().Be(17, "4,596 memberships and 13,803 supplies in chunks of 1,000 leave 4 + 13 runs on disk");
        RunFiles(spilled).Should().BeEmpty();
        Supplies(spilled).Should().HaveCount(13_803).And.Equal(Supplies(_folder.Store));
        Memberships(spilled).Should().HaveCount(4_596).And.Equal(Memberships(_folder.Store));
    }

    [Fact]
    public async Task Import_RejectedAfterSupplyRunsSpilled_LeavesNoRunFiles()
    {
        using var sample = CopyOfSample();
        using var store = SqliteGraphStore.Open(sample.Store);
        sample.Append("events.csv", $"{Owner},2024-13-01,quality,0.5");
        var runsSeen = 0;
        var progress = new SyncProgress(p => runsSeen = Math.Max(runsSeen, RunFiles(sample.Store).Length));

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(sample.Import), 1_000, progress, default, null, null);

        outcome.Written.Should().BeFalse();
        runsSeen.Should().Be(17);
        RunFiles(sample.Store).Should().BeEmpty();
    }

    [Fact]
    public async Task Import_CancelledWhileSupplyRunsWait_StoreUnchangedAndNoRunFiles()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Phase == "writing" && p.File == "enterprises.csv") cancel.Cancel(); });

        var act = async () =>
            await Importer.ImportAsync(store, ImportSource.FromDirectory(Sample), 1_000, progress, cancel.Token, null, null);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
        RunFiles(_folder.Store).Should().BeEmpty();
    }

    [Fact]
    public async Task Write_KeptRowsNumberedAgainstRowIdOrder_WritesEachToItsRows()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        (await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import))).Written.Should().BeTrue();
        using var kept = new ValidatedRows(_folder.Path, chunkRows: 1);
        // Indices in the reverse of the store's row order: enterprise 0 is Lithium (row 3), 2 the owner (row 1); segment 0 is
        // nev-cell (row 2), 1 nev-lithium (row 1).
        kept.Supplies.Add(new ValidatedSupply(2, 0, 1, 0.85, 2350000, 0.2, 180, new DateOnly(2016, 5, 1).DayNumber));
        kept.Supplies.Add(new ValidatedSupply(1, 1, 0, 0.7, double.NaN, double.NaN, -1, -1));
        kept.Supplies.Add(new ValidatedSupply(2, 0, 0, 0.1, double.NaN, double.NaN, -1, -1));
        kept.Memberships.Add(new ValidatedMembership(1, 0, SegmentRole.Supplier));
        kept.Memberships.Add(new ValidatedMembership(0, 1, SegmentRole.Supplier));
        kept.Identify(new IndexIds([Lithium, CellMaker, Owner], []), new IndexIds(["nev-cell", "nev-lithium"], []));

        var counts = await store.WriteAsync(new ImportPlan(ImportSource.FromDirectory(_folder.Import)) { ValidatedRows = kept });

        counts.Where(c => c.Kind is RecordKind.Memberships or RecordKind.Supplies).Should().Equal(
            new WriteCounts(RecordKind.Memberships, 0, 1, 1), new WriteCounts(RecordKind.Supplies, 1, 1, 1));
        Memberships(_folder.Store).Should().Equal(
            $"{Lithium}|nev-lithium|supplier", $"{Owner}|nev-vehicle|owner", $"{CellMaker}|nev-cell|supplier");
        Supplies(_folder.Store).Should().Equal(
            $"{Lithium}|{Owner}|nev-cell|0.1||||",
            $"{Lithium}|{CellMaker}|nev-lithium|0.7||||",
            $"{CellMaker}|{Owner}|nev-cell|0.85|2350000.0|0.2|180|2016-05-01");
    }

    [Fact]
    public async Task Write_KeptSupplyOfAnEnterpriseGoneFromTheStore_WritesNothing()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        (await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import))).Written.Should().BeTrue();
        var version = await store.GetVersionAsync();
        using var kept = new ValidatedRows(_folder.Path);
        kept.Supplies.Add(new ValidatedSupply(0, 0, 1, 0.1, double.NaN, double.NaN, -1, -1));
        kept.Identify(new IndexIds([Owner, "91440300100000059T"], []), new IndexIds(["nev-cell"], []));
        var plan = new ImportPlan(ImportSource.FromDirectory(_folder.Import)) { ValidatedRows = kept };

        var act = async () => await store.WriteAsync(plan);

        await act.Should().ThrowAsync<InvalidDataException>().WithMessage("*changed after validation: enterprise '91440300100000059T' is gone");
        (await store.GetVersionAsync()).Should().Be(version);
        Supplies(_folder.Store).Should().HaveCount(2);
    }

    private static string[] RunFiles(string store) =>
        Directory.Exists(Path.GetDirectoryName(store)) ? Directory.GetFiles(Path.GetDirectoryName(store)!, ".chaingraph-run-*") : [];

    private static TestFolder CopyOfSample()
    {
        var folder = new TestFolder(withTemplates: false);
        foreach (var file in Directory.GetFiles(Sample, "*.csv")) File.Copy(file, folder.File(Path.GetFileName(file)));
        return folder;
    }

    // Every supply with its parties' and segment's ids, in id order: comparable across stores whatever their row ids.
    private static List<string> Supplies(string store) => Query(store, """
        SELECT s.id, c.id, g.id, p.share, p.annual_value, p.substitutability, p.recovery_days, p.since
        FROM supplies p JOIN enterprises s ON s.rowid = p.supplier JOIN enterprises c ON c.rowid = p.customer
        JOIN segments g ON g.rowid = p.segment ORDER BY s.id, c.id, g.id
        """);

    private static List<string> Memberships(string store) => Query(store, """
        SELECT e.id, g.id, m.role FROM enterprise_segments m JOIN enterprises e ON e.rowid = m.enterprise
        JOIN segments g ON g.rowid = m.segment ORDER BY e.id, g.id
        """);

    private static List<string> Query(string store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader, i))));
        return rows;
    }

    private static string Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? ""
        : reader.GetValue(column) is double d ? d.ToString("0.0###########", CultureInfo.InvariantCulture) : reader.GetValue(column).ToString()!;

    /// <summary>Runs the callback on the reporting thread (Progress&lt;T&gt; would post it elsewhere).</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
