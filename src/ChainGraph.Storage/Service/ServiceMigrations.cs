using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Service;

/// <summary>The service database's versioned schema (keys, audit), applied by a <see cref="MigrationRunner"/>.</summary>
internal static class ServiceMigrations
{
    /// <summary>The schema, oldest step first.</summary>
    public static readonly MigrationRunner Schema = new("the service database",
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
    ]);
}
