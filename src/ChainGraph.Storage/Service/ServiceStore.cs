using System.Globalization;
using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Service;

/// <summary>
/// The service's own small database (<c>service.db</c> in the data folder): API keys, stored only as hashes, and the
/// audit log. It is a SQLite file in WAL mode, separate from the graph store (which may be Neo4j) so that keys and the
/// audit trail never travel with imported data. Thread-safe: every call takes its own pooled connection, so the
/// service shares one instance across requests and the CLI may write to the same file at the same time.
/// </summary>
public sealed partial class ServiceStore : IDisposable
{
    public const string DefaultFileName = "service.db";

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    static ServiceStore() => SQLitePCL.Batteries_V2.Init();

    private ServiceStore(string path, TimeProvider time)
    {
        Location = path;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <summary>The default file: <see cref="DefaultFileName"/> in <see cref="StoreFactory.DataFolder"/>.</summary>
    public static string DefaultPath => Path.Combine(StoreFactory.DataFolder, DefaultFileName);

    /// <summary>Full path of the database file.</summary>
    public string Location { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/> (default <see cref="DefaultPath"/>), creating the file, readable by
    /// its owner only, and the schema when absent.
    /// </summary>
    public static ServiceStore Open(string? path = null, TimeProvider? time = null)
    {
        var full = Path.GetFullPath(string.IsNullOrEmpty(path) ? DefaultPath : path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!File.Exists(full)) CreateOwnerOnly(full);
        var store = new ServiceStore(full, time ?? TimeProvider.System);
        using var connection = store.Connect();
        Sql.Execute(connection, "PRAGMA journal_mode = WAL");
        ServiceMigrations.Schema.Apply(connection);
        return store;
    }

    /// <summary>Closes the idle pooled connections, releasing the file.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private string Now() => Format(_time.GetUtcNow());

    private static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static DateTimeOffset? ParseOrNull(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Parse(reader.GetString(ordinal));

    private static string? StringOrNull(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // An empty file is a valid new SQLite database; creating it first lets the OS apply the mode atomically, and SQLite
    // gives the -wal and -shm files the same permissions.
    private static void CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            new FileStream(path, options).Dispose();
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; it will have made the same choice.
        }
    }
}
