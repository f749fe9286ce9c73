"""SQLite's own cost for the supplies write, as a floor for ChainGraph's import (issue 16, docs/scale.md).

Inserts ROWS supply rows of the store's shape (sorted by the primary key, as the import writes them) through Python's
sqlite3 in one transaction, then builds the supplier index, in three layouts: the store's WITHOUT ROWID table, the
same with 16 KiB pages, and a rowid table with both indexes built afterwards by sorting. Python's per-row overhead is
included, so the figures are an upper bound on SQLite's share.
Usage: /usr/bin/python3 bench/import/sqlite_floor.py [ROWS] [FOLDER]   (default 3000000 rows in /tmp)
"""
import os
import random
import sqlite3
import sys
import time

rows_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
folder = sys.argv[2] if len(sys.argv) > 2 else "/tmp"
random.seed(1)
rows = sorted((c, random.randrange(65), random.randrange(1_000_000), 0.1234, 1762.9, 0.48, 71, "2019-08-17")
              for c in range(rows_wanted // 10) for _ in range(10))
COLUMNS = ("customer INTEGER NOT NULL, segment INTEGER NOT NULL, supplier INTEGER NOT NULL, share REAL NOT NULL, "
           "annual_value REAL, substitutability REAL, recovery_days INTEGER, since TEXT")
LAYOUTS = {
    "without rowid, 4 KiB pages": (4096, f"CREATE TABLE s ({COLUMNS}, PRIMARY KEY (customer, segment, supplier)) WITHOUT ROWID",
                                   ["CREATE INDEX s_supplier ON s (supplier)"]),
    "without rowid, 16 KiB pages": (16384, f"CREATE TABLE s ({COLUMNS}, PRIMARY KEY (customer, segment, supplier)) WITHOUT ROWID",
                                    ["CREATE INDEX s_supplier ON s (supplier)"]),
    "rowid table, both indexes sorted after": (4096, f"CREATE TABLE s ({COLUMNS})",
                                               ["CREATE UNIQUE INDEX s_key ON s (customer, segment, supplier)",
                                                "CREATE INDEX s_supplier ON s (supplier)"]),
}
for name, (page_size, table, indexes) in LAYOUTS.items():
    path = os.path.join(folder, "chaingraph-sqlite-floor.db")
    for leftover in (path, path + "-wal", path + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA page_size = {page_size}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA cache_size = -1048576")
    db.execute("PRAGMA threads = 1")
    db.execute(table)
    started = time.perf_counter()
    db.execute("BEGIN")
    db.executemany("INSERT INTO s VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    inserted = time.perf_counter()
    for index in indexes:
        db.execute(index)
    indexed = time.perf_counter()
    db.execute("COMMIT")
    committed = time.perf_counter()
    db.close()
    print(f"{name}: insert {inserted - started:.2f} s ({(inserted - started) / len(rows) * 1e6:.2f} us a row), "
          f"indexes {indexed - inserted:.2f} s, commit {committed - indexed:.2f} s, total {committed - started:.2f} s")
    for leftover in (path, path + "-wal", path + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
