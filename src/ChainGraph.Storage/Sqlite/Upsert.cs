using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// A prepared `INSERT … ON CONFLICT DO UPDATE … WHERE something differs`, so an unchanged row is not
/// rewritten and counts as unchanged. Parameters are named after the columns.
/// </summary>
internal sealed class Upsert : IDisposable
{
    private readonly SqliteCommand _command;

    public Upsert(SqliteConnection connection, string table, string[] keys, string[] values)
    {
        var columns = keys.Concat(values).ToArray();
        var update = values.Length == 0
            ? "NOTHING"
            : $"UPDATE SET {string.Join(", ", values.Select(v => $"{v} = excluded.{v}"))} WHERE {string.Join(" OR ", values.Select(v => $"{v} IS NOT excluded.{v}"))}";
        _command = Sql.Prepare(connection,
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))}) ON CONFLICT ({string.Join(", ", keys)}) DO {update}",
            columns);
    }

    /// <summary>Writes one row (values in column order: keys, then values); returns 1 when it inserted or changed a row.</summary>
    public int Run(params object[] row)
    {
        for (var i = 0; i < row.Length; i++) _command.Parameters[i].Value = row[i];
        return _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
