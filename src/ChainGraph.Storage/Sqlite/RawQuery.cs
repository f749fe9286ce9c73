using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// A query stepped through SQLitePCL on the connection's own handle (so inside its transaction), with the few column
/// getters the loader uses, named as on <see cref="SqliteDataReader"/>. Forward-only; one row at a time.
/// </summary>
/// <remarks>
/// <see cref="SqliteDataReader"/> checks its state and the column's type on every getter; reading 10M supply rows
/// through it cost about twice as much as the raw calls (issue 16, reloading after an import). Numbers are read through
/// <see cref="NativeStatement"/>, without SQLitePCL's SafeHandle reference per call.
/// </remarks>
internal sealed class RawQuery : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _pointer;

    public RawQuery(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
        _pointer = _statement.DangerousGetHandle();
    }

    /// <summary>Moves to the next row; false after the last.</summary>
    public bool Read()
    {
        var rc = NativeStatement.Step(_pointer);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
        return false;
    }

    public bool IsDBNull(int column) => NativeStatement.ColumnType(_pointer, column) == raw.SQLITE_NULL;

    public long GetInt64(int column) => NativeStatement.ColumnInt64(_pointer, column);

    public int GetInt32(int column) => checked((int)NativeStatement.ColumnInt64(_pointer, column));

    public double GetDouble(int column) => NativeStatement.ColumnDouble(_pointer, column);

    public string GetString(int column) =>
        IsDBNull(column)
            ? throw new InvalidCastException($"column {column} is NULL")
            : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>The UTF-8 bytes of a TEXT column, valid until the next <see cref="Read"/>; empty for NULL.</summary>
    public ReadOnlySpan<byte> GetUtf8(int column) => raw.sqlite3_column_blob(_statement, column);

    public void Dispose() => _statement.Dispose();
}
