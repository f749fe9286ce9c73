using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Service;

/// <summary>
/// The service database's versioned schema, applied like the graph store's <see cref="Migrations"/>: each step once,
/// in order, in its own transaction, recorded in <c>PRAGMA user_version</c>; a newer file is refused.
/// </summary>
internal static class ServiceMigrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, hash BLOB NOT NULL,
            created_at TEXT NOT NULL, revoked_at TEXT, last_used_at TEXT) WITHOUT ROWID;
        CREATE UNIQUE INDEX api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, key_id TEXT NOT NULL, key_name TEXT NOT NULL, role TEXT NOT NULL,
            operation TEXT NOT NULL, target TEXT, details TEXT);
        """,
        // Intent before, completion after: a write's entry exists before the write starts (status 'pending'), with the
        // change key the graph store records in the same transaction as the change.
        """
        ALTER TABLE audit_log ADD COLUMN status TEXT NOT NULL DEFAULT 'committed';
        ALTER TABLE audit_log ADD COLUMN change_key TEXT;
        ALTER TABLE audit_log ADD COLUMN data_version INTEGER;
        CREATE INDEX audit_log_pending ON audit_log (id) WHERE status = 'pending';
        """,
    ];

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Sql.Scalar(connection, "PRAGMA user_version"));
        if (current > Latest)
            throw new InvalidOperationException($"the service database has schema version {current}, newer than this program's {Latest}; upgrade chaingraph");
        for (var version = current + 1; version <= Latest; version++)
        {
            using var transaction = connection.BeginTransaction();
            Sql.Execute(connection, Steps[version - 1]);
            Sql.Execute(connection, $"PRAGMA user_version = {version}");
            transaction.Commit();
        }
    }
}
