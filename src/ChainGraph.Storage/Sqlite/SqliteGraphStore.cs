using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Storage.Import;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), foreign keys on,
/// a versioned schema (<see cref="Migrations"/>). Each instance owns one connection: use it from one
/// thread at a time and open another instance for concurrent readers. The asynchronous operations complete
/// synchronously: SQLite's I/O is synchronous (so are Microsoft.Data.Sqlite's own asynchronous methods).
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    // The tables whose foreign keys are written as the files' text (chain ids) rather than as row ids looked up in the
    // same transaction.
    private static readonly string[] TextReferencing = ["segments", "projects"];

    // How long a statement waits for another connection's lock before SQLite reports the store busy.
    private const int BusyTimeoutMs = 10_000;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    static SqliteGraphStore() => SQLitePCL.Batteries_V2.Init();

    private SqliteGraphStore(SqliteConnection connection, string path, TimeProvider time)
    {
        _connection = connection;
        _time = time;
        Location = path;
    }

    public string Location { get; }

    /// <summary>The database's folder, where the space for its own growth is expected.</summary>
    public string? ValidatedRowsDirectory => Path.GetDirectoryName(Location);

    /// <summary>The data version (<see cref="IGraphStore.GetVersionAsync"/>), read now.</summary>
    public long Version =>
        long.Parse((string)Sql.Scalar(_connection, "SELECT value FROM meta WHERE key = 'data_version'")!, CultureInfo.InvariantCulture);

    /// <summary>Opens the store at <paramref name="path"/>, creating the file (and its folder) and the schema when absent.</summary>
    public static SqliteGraphStore Open(string path, TimeProvider? time = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Sql.Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMs}");
            try
            {
                Sql.Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;");
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_BUSY)
            {
                throw new IOException($"the store {full} is held by another process's first import, which writes it alone; "
                    + "open it again when that import has finished", e);
            }
            var schema = Sql.Scalar(connection, "PRAGMA user_version");
            Migrations.Schema.Apply(connection);
            if (Convert.ToInt64(schema, CultureInfo.InvariantCulture) is > 0 and var old
                && old != Convert.ToInt64(Sql.Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture))
                ImportedFiles.Forget(connection);
            return new SqliteGraphStore(connection, full, time ?? TimeProvider.System);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) => Run(() => Version, cancellationToken);

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default) => Run(() => new StoreStats(
        Sql.Count(_connection, "enterprises"), Sql.Count(_connection, "chains"), Sql.Count(_connection, "segments"),
        Sql.Count(_connection, "supplies"), Sql.Count(_connection, "events")), cancellationToken);

    public Task<Dataset> LoadDatasetAsync(CancellationToken cancellationToken = default) =>
        Run(() => LoadDataset(cancellationToken), cancellationToken);

    public Task<IReadOnlyList<WriteCounts>> WriteAsync(ImportPlan plan, CancellationToken cancellationToken = default) =>
        Run(() => Write(plan, cancellationToken), cancellationToken);

    public Task<long> RemoveAsync(Removal removal, CancellationToken cancellationToken = default) =>
        Run(() => Remove(removal, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<RecordKind, ImportedFile>> CleanImportsAsync(CancellationToken cancellationToken = default) =>
        Run(() =>
        {
            using var transaction = _connection.BeginTransaction(deferred: true);
            return ImportedFiles.CleanAt(_connection, Version);
        }, cancellationToken);

    public Task<long?> VersionOfChangeAsync(string changeKey, CancellationToken cancellationToken = default) =>
        Run(() => VersionOfChange(changeKey), cancellationToken);

    public void Dispose() => _connection.Dispose();

    // The work runs now; its failure (a cancellation included) is returned in the task, as from an asynchronous method.
    private static Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(work());
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    private Dataset LoadDataset(CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction(deferred: true);
        var dataset = new SqliteLoader(_connection, cancellationToken).Load(Version);
        transaction.Commit();
        return dataset;
    }

    // A large page cache keeps the supplies B-tree in memory during a bulk load (the 10M-row benchmark). Foreign keys are
    // off for the write (SQLite can only switch them outside a transaction): SqliteWriter resolves every row-id reference
    // (memberships, supplies, events, segment links) from the parent table inside this transaction, so those hold by
    // construction, and checking them row by row cost a third of the supplies insert (8 s of 29 s at 10M rows). The
    // references written as text from the files are checked before the commit.
    private IReadOnlyList<WriteCounts> Write(ImportPlan plan, CancellationToken cancellationToken)
    {
        Sql.Execute(_connection, "PRAGMA cache_size = -1048576; PRAGMA foreign_keys = OFF");
        var alone = Version == 0 && TryWriteAlone();
        try
        {
            using var transaction = _connection.BeginTransaction();
            var counts = new SqliteWriter(_connection, Version, cancellationToken).Write(plan);
            CheckTextReferences();
            if (counts.Any(c => c.Inserted + c.Updated > 0)) Record(plan, counts);
            RecordFiles(plan, counts);
            plan.Step("committing", Path.GetFileName(Location));
            transaction.Commit();
            return counts;
        }
        finally
        {
            Sql.Execute(_connection, "PRAGMA cache_size = -2000; PRAGMA foreign_keys = ON");
            if (alone) BackToWal();
        }
    }

    // A process that was waiting to open the store may hold it for a moment now; it sets WAL itself, as every open does.
    private void BackToWal()
    {
        try
        {
            Sql.Execute(_connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_BUSY)
        {
            Sql.Execute(_connection, "PRAGMA synchronous = NORMAL");
        }
    }

    // The first import into a store that no other connection has open is written with a rollback journal: its pages go
    // into the database file once, where the WAL writes each twice (the log, then the checkpoint that copies it at the
    // commit). At 10M firms / 100M relations the import took 582 s instead of 650-654 s, its commit 2 s instead of 40 s
    // (bench/RESULTS.md, session 9). SQLite leaves WAL only when no other connection has the file open (the API on the
    // same store, a reader), and at once (busy timeout 0) refuses otherwise: the import then goes through the WAL as any
    // other. Meanwhile another process cannot open the store (Open says why). synchronous = FULL, because NORMAL is safe
    // from corruption on power loss only in WAL mode. A crash leaves a hot journal, which SQLite rolls back at the next
    // open: the store is empty again.
    private bool TryWriteAlone()
    {
        Sql.Execute(_connection, "PRAGMA busy_timeout = 0");
        try
        {
            // Straight through SQLite: Microsoft.Data.Sqlite retries a busy statement for its command timeout (30 s).
            if (SQLitePCL.raw.sqlite3_exec(_connection.Handle, "PRAGMA journal_mode = DELETE") != SQLitePCL.raw.SQLITE_OK
                || !"delete".Equals(Sql.Scalar(_connection, "PRAGMA journal_mode") as string, StringComparison.OrdinalIgnoreCase))
                return false;
            Sql.Execute(_connection, "PRAGMA synchronous = FULL");
            return true;
        }
        finally
        {
            Sql.Execute(_connection, $"PRAGMA busy_timeout = {BusyTimeoutMs}");
        }
    }

    private void CheckTextReferences()
    {
        foreach (var table in TextReferencing)
        {
            using var check = _connection.CreateCommand();
            check.CommandText = $"PRAGMA foreign_key_check({table})";
            using var violations = check.ExecuteReader();
            if (violations.Read())
                throw new InvalidOperationException(
                    $"the write would leave {table} referring to a missing row of {violations.GetString(2)}; nothing was written");
        }
    }

    private long Remove(Removal removal, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction();
        var removed = new SqliteRemover(_connection).Remove(removal, cancellationToken);
        if (removed > 0)
            BumpVersion("remove",
                $"{removal.EnterpriseIds.Count} enterprises, {removal.Supplies.Count} supplies, {removal.Projects.Count} projects",
                $"{{\"records\":{removed}}}", removal.ChangeKey);
        transaction.Commit();
        return removed;
    }

    private long? VersionOfChange(string changeKey)
    {
        using var find = Sql.Prepare(_connection, "SELECT data_version FROM imports WHERE change_key = $key", "key");
        find.Parameters[0].Value = changeKey;
        return find.ExecuteScalar() is long version ? version : null;
    }

    private void Record(ImportPlan plan, IReadOnlyList<WriteCounts> counts) =>
        BumpVersion("import", string.Join(";", plan.Source.Files.Select(f => f.Path)),
            JsonSerializer.Serialize(counts.Select(c => new { kind = c.Kind.ToString(), c.Inserted, c.Updated, c.Unchanged })),
            plan.ChangeKey);

    // After the write the store holds every row of each file as read (or as validated, for a file it skipped).
    private void RecordFiles(ImportPlan plan, IReadOnlyList<WriteCounts> counts)
    {
        var version = Version;
        foreach (var count in counts)
        {
            if (plan.ContentHashes.TryGetValue(count.Kind, out var hash) || plan.ValidatedContent.TryGetValue(count.Kind, out hash))
                ImportedFiles.Record(_connection, count.Kind, hash, count.Written, version, plan.ValidatedClean);
        }
    }

    // Every committed change increases the data version and leaves a line in the change log.
    private void BumpVersion(string operation, string source, string summary, string? changeKey)
    {
        var version = Version + 1;
        Sql.Execute(_connection, $"UPDATE meta SET value = '{version}' WHERE key = 'data_version'");
        using var log = Sql.Prepare(_connection,
            "INSERT INTO imports (at, source, data_version, summary, change_key) VALUES ($at, $source, $version, $summary, $changeKey)",
            "at", "source", "version", "summary", "changeKey");
        log.Parameters[0].Value = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        log.Parameters[1].Value = $"{operation}: {source}";
        log.Parameters[2].Value = version;
        log.Parameters[3].Value = summary;
        log.Parameters[4].Value = Sql.Value(changeKey);
        log.ExecuteNonQuery();
    }
}
