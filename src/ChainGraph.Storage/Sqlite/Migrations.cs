namespace ChainGraph.Storage.Sqlite;

/// <summary>The graph store's versioned schema, applied by a <see cref="MigrationRunner"/>.</summary>
internal static class Migrations
{
    /// <summary>The schema, oldest step first.</summary>
    public static readonly MigrationRunner Schema = new("the store",
    [
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO meta (key, value) VALUES ('data_version', '0');
        CREATE TABLE chains (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE segments (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, chain_id TEXT NOT NULL REFERENCES chains (id),
            name TEXT NOT NULL, stage TEXT NOT NULL, key INTEGER NOT NULL);
        CREATE TABLE segment_links (
            from_segment INTEGER NOT NULL REFERENCES segments (rowid), to_segment INTEGER NOT NULL REFERENCES segments (rowid),
            PRIMARY KEY (from_segment, to_segment)) WITHOUT ROWID;
        CREATE TABLE enterprises (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, district TEXT, region TEXT,
            country TEXT NOT NULL, industry_code TEXT, annual_output REAL NOT NULL, revenue REAL, tax REAL, employees INTEGER,
            rd_ratio REAL, energy_per_output REAL, market_share REAL, founded TEXT, labels TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE enterprise_segments (
            enterprise INTEGER NOT NULL REFERENCES enterprises (rowid), segment INTEGER NOT NULL REFERENCES segments (rowid),
            role TEXT NOT NULL, PRIMARY KEY (enterprise, segment)) WITHOUT ROWID;
        CREATE TABLE supplies (
            customer INTEGER NOT NULL REFERENCES enterprises (rowid), segment INTEGER NOT NULL REFERENCES segments (rowid),
            supplier INTEGER NOT NULL REFERENCES enterprises (rowid), share REAL NOT NULL, annual_value REAL,
            substitutability REAL, recovery_days INTEGER, since TEXT,
            PRIMARY KEY (customer, segment, supplier)) WITHOUT ROWID;
        CREATE INDEX supplies_by_supplier ON supplies (supplier);
        CREATE TABLE events (
            enterprise INTEGER NOT NULL REFERENCES enterprises (rowid), date TEXT NOT NULL, type TEXT NOT NULL,
            severity REAL NOT NULL, PRIMARY KEY (enterprise, date, type)) WITHOUT ROWID;
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL, data_version INTEGER NOT NULL, summary TEXT NOT NULL);
        """,
        """
        ALTER TABLE enterprises ADD COLUMN city TEXT;
        ALTER TABLE enterprises ADD COLUMN compliance TEXT NOT NULL DEFAULT '';
        ALTER TABLE enterprises ADD COLUMN land_area REAL;
        """,
        // The key of the audited operation that made the change, written in the change's own transaction, so the service
        // can tell after a crash whether a pending audit entry's change committed (IGraphStore.VersionOfChange).
        """
        ALTER TABLE imports ADD COLUMN change_key TEXT;
        CREATE UNIQUE INDEX imports_by_change_key ON imports (change_key) WHERE change_key IS NOT NULL;
        """,
        // The 攻关项目清单 (projects.csv). Firms are referred to by credit code, partners as `A;B`, so removing a firm can
        // drop it from the list in one statement (SqliteRemover).
        """
        CREATE TABLE projects (
            id TEXT PRIMARY KEY, item_id TEXT NOT NULL, chain_id TEXT NOT NULL REFERENCES chains (id), segment_id TEXT,
            lead_enterprise_id TEXT NOT NULL, partners TEXT NOT NULL, goal TEXT NOT NULL, budget REAL NOT NULL, investment REAL,
            instrument TEXT NOT NULL, amount REAL, status TEXT NOT NULL, quarter TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX projects_by_item ON projects (item_id);
        """,
    ]);
}
