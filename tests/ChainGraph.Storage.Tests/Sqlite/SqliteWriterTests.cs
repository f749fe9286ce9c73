using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Tests.Sqlite;

public sealed class SqliteWriterTests : IDisposable
{
    private const string Header = "supplier_id,customer_id,segment_id,share,annual_value,substitutability,recovery_days,since";
    private const string Lithium = "9136050020000003XX,914403001000000248,nev-lithium,0.6,180000,0.5,90,2018-01-15";
    private const string Sparse = "9136050020000003XX,91440300100000016D,nev-lithium,0.25,,,,";
    private const string Cell = "914403001000000248,91440300100000016D,nev-cell,0.85,2350000,0.2,180,2016-05-01";

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_SuppliesOutOfKeyOrder_StoresEveryColumnAsInTheFile()
    {
        _folder.Write("supplies.csv", string.Join("\n", Header, Lithium, Sparse, Cell) + "\n");

        var counts = Write();

        counts.Single(c => c.Kind == RecordKind.Supplies).Should().Be(new WriteCounts(RecordKind.Supplies, 3, 0, 0));
        StoredSupplies().Should().Equal(
            "9136050020000003XX|91440300100000016D|nev-lithium|0.25||||",
            "9136050020000003XX|914403001000000248|nev-lithium|0.6|180000.0|0.5|90|2018-01-15",
            "914403001000000248|91440300100000016D|nev-cell|0.85|2350000.0|0.2|180|2016-05-01");
    }

    [Fact]
    public void Write_SuppliesIntoFilledTable_UpdatesChangedRowsOnlyAndKeepsTheSupplierIndex()
    {
        _folder.Write("supplies.csv", string.Join("\n", Header, Lithium, Cell) + "\n");
        Write();
        _folder.Write("supplies.csv", string.Join("\n", Header, Sparse, Lithium.Replace(",90,", ",91,"), Cell) + "\n");

        var counts = Write();

        counts.Single(c => c.Kind == RecordKind.Supplies).Should().Be(new WriteCounts(RecordKind.Supplies, 1, 1, 1));
        StoredSupplies().Should().Contain("9136050020000003XX|914403001000000248|nev-lithium|0.6|180000.0|0.5|91|2018-01-15")
            .And.HaveCount(3);
        Query("SELECT count(*) FROM sqlite_master WHERE name = 'supplies_by_supplier'").Should().Equal("1");
    }

    [Fact]
    public void Write_SuppliesIntoEmptyTable_BuildsTheSupplierIndexAndRestoresTempStore()
    {
        _folder.Write("supplies.csv", string.Join("\n", Header, Lithium, Cell) + "\n");
        long tempStore = -1;

        Write(connection => tempStore = (long)Sql.Scalar(connection, "PRAGMA temp_store")!);

        tempStore.Should().Be(2, "the index is built with temporary files, then the connection's MEMORY setting is back");
        Query("SELECT count(*) FROM sqlite_master WHERE name = 'supplies_by_supplier'").Should().Equal("1");
        Query("SELECT count(*) FROM supplies INDEXED BY supplies_by_supplier WHERE supplier > 0").Should().Equal("2");
    }

    // The writer on its own, in its own transaction, as the SQLite store runs it after validation.
    private IReadOnlyList<WriteCounts> Write(Action<SqliteConnection>? after = null)
    {
        using var connection = Open();
        Sql.Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY");
        Migrations.Schema.Apply(connection);
        using var transaction = connection.BeginTransaction();
        var counts = new SqliteWriter(connection, 0, CancellationToken.None).Write(new ImportPlan(ImportSource.FromDirectory(_folder.Import)));
        transaction.Commit();
        after?.Invoke(connection);
        return counts;
    }

    private List<string> StoredSupplies() => Query(
        """
        SELECT s.id, c.id, g.id, p.share, p.annual_value, p.substitutability, p.recovery_days, p.since
        FROM supplies p JOIN enterprises s ON s.rowid = p.supplier JOIN enterprises c ON c.rowid = p.customer
        JOIN segments g ON g.rowid = p.segment ORDER BY s.id, c.id, g.id
        """);

    private List<string> Query(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Text(reader.GetValue(i)))));
        return rows;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_folder.Store};Pooling=False");
        connection.Open();
        return connection;
    }

    private static string Text(object value) =>
        value is double d ? d.ToString("0.0###########", System.Globalization.CultureInfo.InvariantCulture) : value.ToString()!;
}
