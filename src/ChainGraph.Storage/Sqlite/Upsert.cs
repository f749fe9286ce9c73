using System.Globalization;
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
    private readonly IntPtr _dbPointer, _statementPointer;

    /// <param name="insertOnly">A plain INSERT, for rows known to be new (validated unique keys into an empty table): no
    /// conflict clause to evaluate; a duplicate would fail the statement, and so the transaction, instead of updating.</param>
    public Upsert(SqliteConnection connection, string table, string[] keys, string[] values, bool insertOnly = false)
    {
        var columns = keys.Concat(values).ToArray();
        var update = values.Length == 0
            ? "NOTHING"
            : $"UPDATE SET {string.Join(", ", values.Select(v => $"{v} = excluded.{v}"))} WHERE {string.Join(" OR ", values.Select(v => $"{v} IS NOT excluded.{v}"))}";
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})"
            + (insertOnly ? "" : $" ON CONFLICT ({string.Join(", ", keys)}) DO {update}");
        _db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
        (_dbPointer, _statementPointer) = (_db.DangerousGetHandle(), _statement.DangerousGetHandle());
    }

    /// <summary>Writes one row (values in column order: keys, then values); returns 1 when it inserted or changed a row.</summary>
    public int Run(params object[] row)
    {
        for (var i = 0; i < row.Length; i++) Bind(i + 1, row[i]);
        return Step();
    }

    /// <summary>
    /// Writes the row whose values were bound with the typed <c>Bind</c> overloads (1-based, keys first); returns 1 when it
    /// inserted or changed a row. A bulk path binds this way to avoid an array and a box per value.
    /// </summary>
    public int Step()
    {
        var rc = NativeStatement.Step(_statementPointer);
        NativeStatement.Reset(_statementPointer);
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
        return NativeStatement.Changes(_dbPointer);
    }

    /// <summary>Binds a whole number to the 1-based column <paramref name="index"/>.</summary>
    public void Bind(int index, long value) => Check(NativeStatement.BindInt64(_statementPointer, index, value));

    /// <summary>Binds a number to the 1-based column <paramref name="index"/>.</summary>
    public void Bind(int index, double value) => Check(NativeStatement.BindDouble(_statementPointer, index, value));

    /// <summary>Binds a text, or NULL for null, to the 1-based column <paramref name="index"/>.</summary>
    public void Bind(int index, string? value) =>
        Check(value is null ? NativeStatement.BindNull(_statementPointer, index) : raw.sqlite3_bind_text(_statement, index, value));

    /// <summary>Binds a date as <c>yyyy-MM-dd</c> text to the 1-based column <paramref name="index"/>.</summary>
    public void Bind(int index, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        value.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Check(NativeStatement.BindText(_statementPointer, index, text[..written]));
    }

    /// <summary>Binds NULL to the 1-based column <paramref name="index"/>.</summary>
    public void BindNull(int index) => Check(NativeStatement.BindNull(_statementPointer, index));

    public void Dispose() => _statement.Dispose();

    private void Bind(int index, object value)
    {
        switch (value)
        {
            case string text: Bind(index, text); break;
            case long number: Bind(index, number); break;
            case int number: Bind(index, number); break;
            case double number: Bind(index, number); break;
            case DBNull: BindNull(index); break;
            default: throw new ArgumentException($"cannot bind a {value.GetType().Name}", nameof(value));
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
