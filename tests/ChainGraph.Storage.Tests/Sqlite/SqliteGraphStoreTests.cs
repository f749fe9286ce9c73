using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Tests.Sqlite;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TestFolder _folder = new(withTemplates: false);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_NewFile_CreatesWalStoreWithSchemaAndForeignKeys()
    {
        using (var store = SqliteGraphStore.Open(_folder.Store))
        {
            (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
            (await store.GetVersionAsync()).Should().Be(0);
        }

        using var connection = new SqliteConnection($"Data Source={_folder.Store};Pooling=False");
        connection.Open();
        Scalar(connection, "PRAGMA journal_mode").Should().Be("wal");
        Scalar(connection, "PRAGMA user_version").Should().Be(4L);
    }

    [Fact]
    public void Open_StoreFromNewerProgram_Refused()
    {
        SqliteGraphStore.Open(_folder.Store).Dispose();
        using (var connection = new SqliteConnection($"Data Source={_folder.Store};Pooling=False"))
        {
            connection.Open();
            Scalar(connection, "PRAGMA user_version = 99");
        }

        var act = () => SqliteGraphStore.Open(_folder.Store);

        act.Should().Throw<InvalidOperationException>().WithMessage("*schema version 99*");
    }

    [Fact]
    public async Task Open_ExistingStore_KeepsDataAcrossReopen()
    {
        using var templates = new TestFolder();
        using (var store = SqliteGraphStore.Open(_folder.Store))
            await ChainGraph.Storage.Import.Importer.ImportAsync(store, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));

        using var reopened = SqliteGraphStore.Open(_folder.Store);

        (await reopened.GetStatsAsync()).Should().Be(new StoreStats(3, 1, 3, 2, 1));
        (await reopened.GetVersionAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Open_StoreOfSchemaOne_MigratesKeepingDataAndTakesTheNewColumns()
    {
        using var templates = new TestFolder();
        using (var store = SqliteGraphStore.Open(_folder.Store))
            await ChainGraph.Storage.Import.Importer.ImportAsync(store, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));
        using (var connection = new SqliteConnection($"Data Source={_folder.Store};Pooling=False"))
        {
            connection.Open();
            foreach (var column in new[] { "city", "compliance", "land_area" }) Scalar(connection, $"ALTER TABLE enterprises DROP COLUMN {column}");
            Scalar(connection, "DROP INDEX imports_by_change_key");
            Scalar(connection, "ALTER TABLE imports DROP COLUMN change_key");
            Scalar(connection, "DROP TABLE projects");
            Scalar(connection, "PRAGMA user_version = 1");
        }

        using var migrated = SqliteGraphStore.Open(_folder.Store);
        var before = (await migrated.LoadDatasetAsync()).Enterprises;
        var outcome = await ChainGraph.Storage.Import.Importer.ImportAsync(migrated, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));

        before.Should().HaveCount(3).And.OnlyContain(e => e.City == null && e.Compliance == Domain.ComplianceFlags.None && e.LandArea == null);
        outcome.Counts!.Single(c => c.Kind == ChainGraph.Storage.Import.RecordKind.Enterprises).Updated.Should().Be(3, "every template firm has a land area");
        (await migrated.LoadDatasetAsync()).Enterprises.Single(e => e.Id == "9136050020000003XX").Should().Match<Domain.Enterprise>(
            e => e.City == "宜春" && e.Compliance == Domain.ComplianceFlags.SafetyHazard && e.LandArea == 310);
    }

    [Fact]
    public async Task Open_StoreOfSchemaThree_MigratesKeepingDataAndTakesProjects()
    {
        using var templates = new TestFolder();
        File.Delete(Path.Combine(templates.Import, "projects.csv"));
        using (var store = SqliteGraphStore.Open(_folder.Store))
            await ChainGraph.Storage.Import.Importer.ImportAsync(store, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));
        using (var connection = new SqliteConnection($"Data Source={_folder.Store};Pooling=False"))
        {
            connection.Open();
            Scalar(connection, "DROP TABLE projects");
            Scalar(connection, "PRAGMA user_version = 3");
        }
        using var fresh = new TestFolder();

        using var migrated = SqliteGraphStore.Open(_folder.Store);
        var before = await migrated.LoadDatasetAsync();
        var outcome = await ChainGraph.Storage.Import.Importer.ImportAsync(migrated, ChainGraph.Storage.Import.ImportSource.FromDirectory(fresh.Import));

        (before.Enterprises.Count, before.Projects.Count, before.Version).Should().Be((3, 0, 1L));
        outcome.Counts!.Single(c => c.Kind == ChainGraph.Storage.Import.RecordKind.Projects).Inserted.Should().Be(1);
        (await migrated.LoadDatasetAsync()).Projects.Single().LeadEnterpriseId.Should().Be("914403001000000248");
        (await migrated.GetVersionAsync()).Should().Be(2);
    }

    [Fact]
    public async Task Remove_EnterpriseLeadingOrPartneringProjects_DropsItsProjectsAndItsPartnerships()
    {
        using var templates = new TestFolder();
        using var store = SqliteGraphStore.Open(_folder.Store);
        await ChainGraph.Storage.Import.Importer.ImportAsync(store, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));

        await store.RemoveAsync(Removal.Enterprise("91440300100000016D"));
        var partnerGone = (await store.LoadDatasetAsync()).Projects.Single();
        await store.RemoveAsync(Removal.Enterprise("914403001000000248"));

        partnerGone.Partners.Should().BeEmpty("the owner was the project's only partner");
        (await store.LoadDatasetAsync()).Projects.Should().BeEmpty("the project's lead is gone");
    }

    [Fact]
    public async Task Remove_EnterpriseAndSupply_CascadesOnceAndBumpsVersionOnlyWhenSomethingGoes()
    {
        using var templates = new TestFolder();
        using var store = SqliteGraphStore.Open(_folder.Store);
        await ChainGraph.Storage.Import.Importer.ImportAsync(store, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));

        var supply = await store.RemoveAsync(Removal.Supply("9136050020000003XX", "914403001000000248", "nev-lithium"));
        var lithium = await store.RemoveAsync(Removal.Enterprise("9136050020000003XX"));
        var again = await store.RemoveAsync(Removal.Enterprise("9136050020000003XX"));

        supply.Should().Be(1);
        lithium.Should().Be(3, "the enterprise, its membership and its event");
        again.Should().Be(0);
        (await store.GetStatsAsync()).Should().Be(new StoreStats(2, 1, 3, 1, 0));
        (await store.GetVersionAsync()).Should().Be(3);
    }

    [Fact]
    public async Task Write_TextReferenceToMissingChain_RefusedWithNothingWritten()
    {
        using var templates = new TestFolder();
        using var store = SqliteGraphStore.Open(_folder.Store);
        await ChainGraph.Storage.Import.Importer.ImportAsync(store, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));
        templates.Append("segments.csv", "ghost-seg,ghost,幽灵环节,upstream,false");
        templates.Replace("supplies.csv", ",0.85,", ",0.86,");

        // Straight to the store, past the validator that would have refused the file: the write's own check must hold.
        var write = () => store.WriteAsync(new ChainGraph.Storage.Import.ImportPlan(
            ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import)));

        (await write.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*segments*missing row of chains*");
        (await store.GetVersionAsync()).Should().Be(1);
        (await store.GetStatsAsync()).Should().Be(new StoreStats(3, 1, 3, 2, 1));
        (await store.LoadDatasetAsync()).Supplies.Share.ToArray().Should().NotContain(0.86f);
    }

    [Fact]
    public async Task Write_DuplicateSupplyIntoAnEmptyStore_FailsTheBulkInsertWithNothingWritten()
    {
        using var templates = new TestFolder();
        var duplicate = File.ReadAllLines(templates.File("supplies.csv"))[1];
        templates.Append("supplies.csv", duplicate);
        using var store = SqliteGraphStore.Open(_folder.Store);

        // Past the validator, which refuses the duplicate key: the bulk path's plain INSERT must fail rather than update.
        var write = () => store.WriteAsync(new ChainGraph.Storage.Import.ImportPlan(
            ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import)));

        (await write.Should().ThrowAsync<SqliteException>()).Which.SqliteErrorCode.Should().Be(19, "SQLITE_CONSTRAINT");
        (await store.GetVersionAsync()).Should().Be(0);
        (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
