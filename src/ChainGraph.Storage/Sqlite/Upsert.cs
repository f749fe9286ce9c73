using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// A prepared `INSERT … ON CONFLICT DO UPDATE … WHERE something differs`, so an unchanged row is not
/// rewritten and counts as unchanged. Runs on the connection's own handle and inside its transaction.
/// </summary>
/// <remarks>
/// The statement is driven through SQLitePCL directly, binding by position: Microsoft.Data.Sqlite's
/// <c>ExecuteNonQuery</c> looks every parameter up by name and re-walks its statements on each call, which took
/// about half of a 2M-row supplies write (dotnet-trace, issue 16).
/// </remarks>
internal sealed class Upsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public Upsert(SqliteConnection connection, string table, string[] keys, string[] values)
    {
        var columns = keys.Concat(values).ToArray();
        var update = values.Length == 0
            ? "NOTHING"
            : $"UPDATE SET {string.Join(", ", values.Select(v => $"{v} = excluded.{v}"))} WHERE {string.Join(" OR ", values.Select(v => $"{v} IS NOT excluded.{v}"))}";
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))}) ON CONFLICT ({string.Join(", ", keys)}) DO {update}";
        _db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
    }

    /// <summary>Writes one row (values in column order: keys, then values); returns 1 when it inserted or changed a row.</summary>
    public int Run(params object[] row)
    {
        for (var i = 0; i < row.Length; i++) Bind(i + 1, row[i]);
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int index, object value)
    {
        var rc = value switch
        {
            string text => raw.sqlite3_bind_text(_statement, index, text),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            double number => raw.sqlite3_bind_double(_statement, index, number),
            DBNull => raw.sqlite3_bind_null(_statement, index),
            _ => throw new ArgumentException($"cannot bind a {value.GetType().Name}", nameof(value)),
        };
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
