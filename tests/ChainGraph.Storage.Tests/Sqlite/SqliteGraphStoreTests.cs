using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Tests.Sqlite;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TestFolder _folder = new(withTemplates: false);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_NewFile_CreatesWalStoreWithSchemaAndForeignKeys()
    {
        using (var store = SqliteGraphStore.Open(_folder.Store))
        {
            store.GetStats().Should().Be(new StoreStats(0, 0, 0, 0, 0));
            store.Version.Should().Be(0);
        }

        using var connection = new SqliteConnection($"Data Source={_folder.Store};Pooling=False");
        connection.Open();
        Scalar(connection, "PRAGMA journal_mode").Should().Be("wal");
        Scalar(connection, "PRAGMA user_version").Should().Be(1L);
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
    public void Open_ExistingStore_KeepsDataAcrossReopen()
    {
        using var templates = new TestFolder();
        using (var store = SqliteGraphStore.Open(_folder.Store))
            ChainGraph.Storage.Import.Importer.Import(store, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));

        using var reopened = SqliteGraphStore.Open(_folder.Store);

        reopened.GetStats().Should().Be(new StoreStats(3, 1, 3, 2, 1));
        reopened.Version.Should().Be(1);
    }

    [Fact]
    public void Remove_EnterpriseAndSupply_CascadesOnceAndBumpsVersionOnlyWhenSomethingGoes()
    {
        using var templates = new TestFolder();
        using var store = SqliteGraphStore.Open(_folder.Store);
        ChainGraph.Storage.Import.Importer.Import(store, ChainGraph.Storage.Import.ImportSource.FromDirectory(templates.Import));

        var supply = store.Remove(Removal.Supply("9136050020000003XX", "914403001000000248", "nev-lithium"));
        var lithium = store.Remove(Removal.Enterprise("9136050020000003XX"));
        var again = store.Remove(Removal.Enterprise("9136050020000003XX"));

        supply.Should().Be(1);
        lithium.Should().Be(3, "the enterprise, its membership and its event");
        again.Should().Be(0);
        store.GetStats().Should().Be(new StoreStats(2, 1, 3, 1, 0));
        store.Version.Should().Be(3);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
